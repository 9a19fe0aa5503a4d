import * as vscode from 'vscode';
import { EXTENSION_NAME } from './constants';

/** The one log channel. Never log tokens or Authorization headers. */
export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
  return vscode.window.createOutputChannel(EXTENSION_NAME, { log: true });
}
