// Loads `.release/config.json`, watches it, and lists every problem in the Problems panel. A bad config never
// stops the extension: the parser keeps what is valid and uses defaults for the rest.
import * as vscode from 'vscode';
import { ReleaseFiles } from '../constants';
import type { ConfigProblem } from '../core/config/config';
import { DEFAULT_CONFIG } from '../core/config/defaults';
import type { TeamConfig } from '../core/model';
import { loadTeamConfig } from '../trackers/teamConfigFile';
import type { TrackerFiles } from '../trackers/trackerFiles';

export class TeamConfigSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TeamConfig>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('release-config');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  private value: TeamConfig = DEFAULT_CONFIG;
  private folder: vscode.WorkspaceFolder | undefined;

  /** `files`: the folder's tracker files (node:fs, or workspace.fs in the browser). */
  constructor(private readonly files: (folder: vscode.WorkspaceFolder) => TrackerFiles) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${ReleaseFiles.config}`);
    this.disposables.push(watcher, watcher.onDidChange(() => this.reload()), watcher.onDidCreate(() => this.reload()), watcher.onDidDelete(() => this.reload()));
  }

  get current(): TeamConfig {
    return this.value;
  }

  async load(folder: vscode.WorkspaceFolder | undefined): Promise<TeamConfig> {
    this.folder = folder;
    return this.reload();
  }

  private async reload(): Promise<TeamConfig> {
    this.diagnostics.clear();
    if (!this.folder) {
      this.value = DEFAULT_CONFIG;
      return this.value;
    }
    const loaded = await loadTeamConfig(this.files(this.folder));
    const file = vscode.Uri.joinPath(this.folder.uri, ...ReleaseFiles.config.split('/'));
    if (loaded.problems.length > 0) this.diagnostics.set(file, loaded.problems.map(toDiagnostic));
    const changed = JSON.stringify(loaded.config) !== JSON.stringify(this.value);
    this.value = loaded.config;
    if (changed) this.changed.fire(this.value);
    return this.value;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function toDiagnostic(problem: ConfigProblem): vscode.Diagnostic {
  const range = new vscode.Range(problem.line, problem.column, problem.endLine, problem.endColumn);
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
  diagnostic.source = 'Release Readiness';
  diagnostic.code = problem.code;
  return diagnostic;
}
