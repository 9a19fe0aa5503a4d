// "Complete Code Checklist": evaluates the items that carry a check marker against facts gathered by the caller
// (TODO scan, tracker, CI, package.json, tags, CHANGELOG) and ticks the ones that pass. It never unticks a box a
// person ticked, and touches nothing but the ticked characters.
import { changelogHeadingFor } from './changelog';
import { checkOf } from './checklistTemplate';
import type { BranchChecks, ChecklistCheck } from '../model';
import { compareVersions, formatVersion, parseVersion } from './semver';
import type { TaskItem } from './taskList';
import { toggleTaskItem } from './taskToggle';

export interface CompletionFacts {
  /** Null while the workspace TODO scan has not finished: the TODO checks cannot decide yet. */
  readonly untrackedTodos: number | null;
  readonly todosOnClosedOrMissing: number | null;
  /** Open work items of the milestone (release machinery excluded). */
  readonly openIssues: number;
  /** Default-branch checks; null when the tracker has no CI (local tracker). */
  readonly checks: BranchChecks | null;
  /** `version` from package.json, or null when there is none. */
  readonly packageVersion: string | null;
  /**
   * Latest release tag such as `v1.2.3` or `1.2.3`; null when the repository has no tag yet; undefined when the
   * tags cannot be read here (a virtual workspace without .git, such as github.dev).
   */
  readonly latestTag: string | null | undefined;
  /** CHANGELOG.md contents, or null when there is no changelog. */
  readonly changelog: string | null;
}

export interface CheckVerdict {
  readonly passed: boolean;
  /** False when the facts cannot decide (no CI, no package.json...): the item is left for a person. */
  readonly verifiable: boolean;
  readonly reason: string;
}

export interface CompletionResult extends CheckVerdict {
  readonly item: TaskItem;
  readonly check: ChecklistCheck;
}

export function evaluateCheck(check: ChecklistCheck, facts: CompletionFacts): CheckVerdict {
  switch (check) {
    case 'noUntrackedTodos':
      return count(facts.untrackedTodos, ['untracked TODO', 'untracked TODOs'], 'no untracked TODOs');
    case 'noTodosOnClosedIssues':
      return count(facts.todosOnClosedOrMissing, ['TODO referencing a closed or missing issue', 'TODOs referencing closed or missing issues'], 'no TODOs reference closed or missing issues');
    case 'allIssuesResolved':
      return count(facts.openIssues, ['open issue', 'open issues'], 'all issues resolved');
    case 'checksGreen':
      return checksVerdict(facts.checks);
    case 'versionBumped':
      return versionVerdict(facts.packageVersion, facts.latestTag);
    case 'changelogEntry':
      return changelogVerdict(facts.packageVersion, facts.changelog);
  }
}

/** One result per item that declares a check, in body order. */
export function evaluateCompletion(items: readonly TaskItem[], facts: CompletionFacts): CompletionResult[] {
  return items.flatMap((item) => {
    const check = checkOf(item);
    return check === null ? [] : [{ item, check, ...evaluateCheck(check, facts) }];
  });
}

function count(n: number | null, [one, many]: readonly [string, string], none: string): CheckVerdict {
  if (n === null) return { passed: false, verifiable: false, reason: 'not verifiable yet: the TODO scan has not finished' };
  return n === 0 ? verdict(true, none) : verdict(false, `${n} ${n === 1 ? one : many}`);
}

function checksVerdict(checks: BranchChecks | null): CheckVerdict {
  if (checks === null) return { passed: false, verifiable: false, reason: 'no CI checks (local tracker)' };
  switch (checks.state) {
    case 'success':
      return verdict(true, `checks green on ${checks.branch}`);
    case 'failure': {
      const names = checks.failing.map((f) => f.name).join(', ');
      return verdict(false, names ? `failing on ${checks.branch}: ${names}` : `checks failing on ${checks.branch}`);
    }
    case 'pending':
      return verdict(false, `checks still running on ${checks.branch}`);
    case 'none':
      return { passed: false, verifiable: false, reason: `no checks reported for ${checks.branch}` };
  }
}

function versionVerdict(packageVersion: string | null, latestTag: string | null | undefined): CheckVerdict {
  if (packageVersion === null) return { passed: false, verifiable: false, reason: 'no version in package.json' };
  if (latestTag === undefined) return { passed: false, verifiable: false, reason: 'the release tags cannot be read in this workspace (no .git, as on github.dev)' };
  const current = parseVersion(packageVersion);
  if (current === null) return verdict(false, `package.json version "${packageVersion}" is not a semantic version`);
  if (latestTag === null) return verdict(true, `no release tag yet; ${packageVersion} will be the first`);
  const released = parseVersion(latestTag);
  if (released === null) return { passed: false, verifiable: false, reason: `latest tag "${latestTag}" is not a semantic version` };
  const order = compareVersions(current, released);
  if (order > 0) return verdict(true, `${packageVersion} is newer than ${latestTag}`);
  if (order === 0) return verdict(false, `package.json still says ${packageVersion}, already tagged ${latestTag}`);
  return verdict(false, `package.json ${packageVersion} is older than tag ${latestTag}`);
}

function changelogVerdict(packageVersion: string | null, changelog: string | null): CheckVerdict {
  const version = packageVersion === null ? null : parseVersion(packageVersion);
  if (version === null) return { passed: false, verifiable: false, reason: 'no semantic version in package.json to look for' };
  const wanted = formatVersion(version);
  if (changelog === null) return verdict(false, 'no CHANGELOG');
  const heading = changelogHeadingFor(changelog, wanted);
  return heading === null ? verdict(false, `no CHANGELOG heading for ${wanted}`) : verdict(true, `CHANGELOG has "${heading}"`);
}

function verdict(passed: boolean, reason: string): CheckVerdict {
  return { passed, verifiable: true, reason };
}

export interface CompletionOutcome {
  /** The new body; identical to the input except for the ticked boxes. */
  readonly body: string;
  readonly changed: boolean;
  /** Items this run ticked. */
  readonly ticked: readonly TaskItem[];
  /** Verifiable-marked items still unticked, with why. */
  readonly left: readonly CompletionResult[];
  /** Items a person ticked although their check fails: kept ticked, reported. */
  readonly tickedByHand: readonly CompletionResult[];
  /** Verifiable items that are ticked after this run (by this run, earlier, or by hand), of `total`. */
  readonly done: number;
  readonly total: number;
  readonly summary: string;
}

/**
 * Ticks the passing items in `body` (which may be fresher than the body the results were computed from: items are
 * found again by text and occurrence). Never unticks.
 */
export function applyCompletion(body: string, results: readonly CompletionResult[]): CompletionOutcome {
  let next = body;
  const ticked: TaskItem[] = [];
  const left: CompletionResult[] = [];
  const tickedByHand: CompletionResult[] = [];
  let done = 0;
  for (const result of results) {
    const toggled = toggleTaskItem(next, result.item, true);
    if (toggled.kind !== 'ok') {
      left.push({ ...result, passed: false, reason: toggled.message });
      continue;
    }
    const alreadyTicked = !toggled.changed;
    if (result.passed) {
      next = toggled.body;
      if (toggled.changed) ticked.push(toggled.item);
      done += 1;
    } else if (alreadyTicked) {
      tickedByHand.push(result);
      done += 1;
    } else {
      left.push(result);
    }
  }
  return { body: next, changed: next !== body, ticked, left, tickedByHand, done, total: results.length, summary: summarise(results.length, done, left, tickedByHand) };
}

function summarise(total: number, done: number, left: readonly CompletionResult[], byHand: readonly CompletionResult[]): string {
  if (total === 0) return 'No verifiable items in the checklist (no rr:check markers).';
  const describe = (rs: readonly CompletionResult[]) => rs.map((r) => `${r.item.text} (${r.reason})`).join('; ');
  let summary = `${done} of ${total} verifiable items ticked`;
  summary += left.length === 0 ? '.' : `; ${left.length} left: ${describe(left)}.`;
  if (byHand.length > 0) summary += ` Ticked by hand although the check fails: ${describe(byHand)}.`;
  return summary;
}
