// The trackers' KeyValueStore port over the extension's global state (offline snapshots, ETags).
import type * as vscode from 'vscode';
import type { KeyValueStore } from '../trackers/keyValueStore';

export class MementoKeyValueStore implements KeyValueStore {
  constructor(
    private readonly memento: vscode.Memento,
    private readonly prefix = 'releaseReadiness.cache:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    return this.memento.get<string>(this.prefix + key);
  }

  async set(key: string, value: string): Promise<void> {
    await this.memento.update(this.prefix + key, value);
  }
}
