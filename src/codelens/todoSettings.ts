// The TODO diagnostics' severities: additions to the contract's settings, one per kind of problem, `off` to hide.
import * as vscode from 'vscode';

export const TodoSeveritySettings = {
  closed: 'todo.closedIssueSeverity',
  missing: 'todo.missingIssueSeverity',
  untracked: 'todo.untrackedSeverity',
  elsewhere: 'todo.otherMilestoneSeverity',
} as const;

export type TodoProblem = keyof typeof TodoSeveritySettings;

const DEFAULTS: Record<TodoProblem, string> = { closed: 'warning', missing: 'warning', untracked: 'off', elsewhere: 'off' };

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The severity of each kind of TODO problem, or null when it is switched off. */
export function readTodoSeverities(): Record<TodoProblem, vscode.DiagnosticSeverity | null> {
  const config = vscode.workspace.getConfiguration('releaseReadiness');
  const read = (problem: TodoProblem) => {
    const value = config.get<string>(TodoSeveritySettings[problem], DEFAULTS[problem]);
    return SEVERITIES[value] ?? (value === 'off' ? null : SEVERITIES[DEFAULTS[problem]]);
  };
  return { closed: read('closed'), missing: read('missing'), untracked: read('untracked'), elsewhere: read('elsewhere') };
}

export function affectsTodoSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('releaseReadiness.todo') || e.affectsConfiguration('releaseReadiness.tracker');
}
