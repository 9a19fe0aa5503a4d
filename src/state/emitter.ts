// A minimal event emitter for the pure layers (vscode.EventEmitter is not available there). Same shape as
// vscode.Event, so a surface can pass `store.onDidChange` wherever VS Code expects an Event.

export interface Disposable {
  dispose(): void;
}

export type Event<T> = (listener: (e: T) => unknown, thisArgs?: unknown, disposables?: Disposable[]) => Disposable;

export class Emitter<T> implements Disposable {
  private listeners = new Set<(e: T) => unknown>();

  readonly event: Event<T> = (listener, thisArgs, disposables) => {
    const bound = thisArgs ? listener.bind(thisArgs) : listener;
    this.listeners.add(bound);
    const subscription = { dispose: () => this.listeners.delete(bound) };
    disposables?.push(subscription);
    return subscription;
  };

  fire(e: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(e);
      } catch (error) {
        // One faulty listener must not starve the others.
        console.error(error);
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}
