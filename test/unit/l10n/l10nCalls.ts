// Finds every `l10n.t(…)` call in src/ with the TypeScript parser, independently of @vscode/l10n-dev: the
// extractor silently skips a call whose message is not a literal (`l10n.t(text)`, `l10n.t('a' + b)`), so such a
// call would never reach a translator. This scanner reports those calls instead of skipping them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface L10nCall {
  /** `src/…/file.ts:line`. */
  readonly where: string;
  /** The message, when the call passes it as a literal (a string, a template without `${}`, or `{ message }`). */
  readonly message: string | null;
}

export function listSourceFiles(root: string, dir = 'src'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir))) {
    const relative = `${dir}/${entry}`;
    if (statSync(path.join(root, relative)).isDirectory()) out.push(...listSourceFiles(root, relative));
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) out.push(relative);
  }
  return out;
}

function literalText(node: ts.Expression | undefined): string | null {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;
}

/** `vscode.l10n.t` or `l10n.t` (a destructured or imported `l10n`). */
function isL10nT(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const owner = callee.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

function messageOf(call: ts.CallExpression): string | null {
  const [first] = call.arguments;
  if (first && ts.isObjectLiteralExpression(first)) {
    const message = first.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'message');
    return literalText(message?.initializer);
  }
  return literalText(first);
}

export function l10nCallsIn(file: string, text: string): L10nCall[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const calls: L10nCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isL10nT(node.expression)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      calls.push({ where: `${file}:${line}`, message: messageOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

export function l10nCallsUnder(root: string): L10nCall[] {
  return listSourceFiles(root).flatMap((file) => l10nCallsIn(file, readFileSync(path.join(root, file), 'utf8')));
}
