// Reads the extension's settings. `github.apiUrl` decides where credentials go, so it is read from user (or
// machine) settings only, never from a workspace, even if a workspace file sets it.
import * as vscode from 'vscode';
import { DEFAULT_API_URL, Settings } from '../constants';

export type TrackerSetting = 'auto' | 'github' | 'local';

export interface ExtensionSettings {
  readonly tracker: TrackerSetting;
  readonly repository: string | null;
  readonly apiUrl: string;
  readonly milestone: string | null;
  readonly todoTags: readonly string[];
  readonly todoExclude: readonly string[];
  readonly refreshIntervalSeconds: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): ExtensionSettings {
  const config = vscode.workspace.getConfiguration(Settings.section, scope);
  const api = config.inspect<string>(Settings.apiUrl);
  const apiUrl = (api?.globalValue ?? api?.defaultValue ?? DEFAULT_API_URL).trim().replace(/\/+$/, '') || DEFAULT_API_URL;
  const tracker = config.get<string>(Settings.tracker, 'auto');
  const repository = config.get<string>(Settings.repository, '').trim();
  const milestone = config.get<string>(Settings.milestone, '').trim();
  const tags = config.get<unknown>(Settings.todoTags);
  const exclude = config.get<unknown>(Settings.todoExclude);
  const interval = config.get<number>(Settings.refreshInterval, 300);
  return {
    tracker: tracker === 'github' || tracker === 'local' ? tracker : 'auto',
    repository: /^[\w.-]+\/[\w.-]+$/.test(repository) ? repository : null,
    apiUrl,
    milestone: milestone || null,
    todoTags: stringArray(tags, ['TODO', 'FIXME', 'BUG', 'HACK', 'XXX']),
    todoExclude: stringArray(exclude, []),
    refreshIntervalSeconds: Number.isFinite(interval) && interval > 0 ? Math.max(15, interval) : 0,
  };
}

function stringArray(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}
