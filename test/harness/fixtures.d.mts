export interface RunningEmulator {
  url: string;
  stop(): Promise<void>;
}
export declare function prepareWorkspace(tmp: string, fixture?: string): string;
export declare function startEmulator(tmp: string, args?: string[]): Promise<RunningEmulator | null>;
