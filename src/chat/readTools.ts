// The three read-only language-model tools: release_status, release_blockers, release_todos. Each returns the
// core's JSON (src/core/chat/toolResults.ts) of the current report as one text part.
import * as vscode from 'vscode';
import { blockersResult, statusResult, todosResult } from '../core/chat/toolResults';
import { ExcludeGlobs } from '../scan/globPattern';
import type { Services } from '../services';
import { loadedReport } from './loadedReport';

export function jsonResult(value: unknown): vscode.LanguageModelToolResult {
  return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(JSON.stringify(value))]);
}

export class StatusTool implements vscode.LanguageModelTool<Record<string, never>> {
  constructor(private readonly services: Services) {}

  async invoke(_options: vscode.LanguageModelToolInvocationOptions<Record<string, never>>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    return jsonResult(statusResult(await loadedReport(this.services, token)));
  }

  prepareInvocation(): vscode.PreparedToolInvocation {
    return { invocationMessage: vscode.l10n.t('Checking the release criteria') };
  }
}

export interface BlockersInput {
  readonly role?: string;
}

export class BlockersTool implements vscode.LanguageModelTool<BlockersInput> {
  constructor(private readonly services: Services) {}

  async invoke(options: vscode.LanguageModelToolInvocationOptions<BlockersInput>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    const role = typeof options.input?.role === 'string' ? options.input.role : undefined;
    return jsonResult(blockersResult(await loadedReport(this.services, token), role));
  }

  prepareInvocation(): vscode.PreparedToolInvocation {
    return { invocationMessage: vscode.l10n.t('Listing open blockers and open work') };
  }
}

export interface TodosInput {
  readonly path?: string;
}

/** A workspace-relative path glob (VS Code's dialect, as in files.exclude) as a file predicate. */
export function pathMatcher(glob: string | undefined): ((file: string) => boolean) | undefined {
  if (!glob?.trim()) return undefined;
  const globs = new ExcludeGlobs([glob.trim()]);
  return (file) => globs.excludes(file, false);
}

export class TodosTool implements vscode.LanguageModelTool<TodosInput> {
  constructor(private readonly services: Services) {}

  async invoke(options: vscode.LanguageModelToolInvocationOptions<TodosInput>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    const glob = typeof options.input?.path === 'string' && options.input.path.trim() ? options.input.path.trim() : undefined;
    return jsonResult(todosResult(await loadedReport(this.services, token), pathMatcher(glob), glob));
  }

  prepareInvocation(): vscode.PreparedToolInvocation {
    return { invocationMessage: vscode.l10n.t('Listing TODOs on closed, missing or no issues') };
  }
}
