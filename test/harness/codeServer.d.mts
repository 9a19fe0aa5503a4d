import type { ChildProcess } from 'node:child_process';
export declare const CODE_SERVER_VERSION: string;
export declare const NODE_VERSION: string;
export declare const repoRoot: string;
export declare const node24: string;
export declare const codeServerEntry: string;
export declare function isCodeServerInstalled(): boolean;
export declare function ensureCodeServer(): Promise<void>;
export declare function freePort(): Promise<number>;
export interface RunningCodeServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  process: ChildProcess;
}
export declare function startCodeServer(options: {
  port?: number;
  userDataDir: string;
  extensionsDir: string;
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  logFile?: string;
  quiet?: boolean;
}): Promise<RunningCodeServer>;
export declare function workbenchUrl(
  base: string,
  options: { folder: string; extensionTestsPath?: string; extraPayload?: [string, string][] },
): string;
