// What GitHub's answer to `GET /repos/{owner}/{repo}/issues/{n}` says about an issue a TODO references outside the
// release milestone: open (in another milestone or none), closed, a pull request, or gone — 404 not found, 410
// deleted, 301 transferred to another repository. A failed request (offline, rate limit, 5xx) says nothing about the
// issue: the last known answer stays, marked with the error, and is never turned into "not found".
// https://docs.github.com/en/rest/issues/issues#get-an-issue
import type { OutsideIssue } from '../../core/model';
import { lastKnown, type OutsideRef } from '../../core/references/outsideRefs';
import { TrackerError } from '../tracker';
import { isPullRequest, mapIssue } from './issueMapper';

export type OutsideAnswer =
  /** 200 with the issue (or pull request) JSON. */
  | { readonly kind: 'found'; readonly data: unknown }
  /** 301: `location` as sent; `data` the answer found there when it was followed. */
  | { readonly kind: 'moved'; readonly location: string | null; readonly data?: unknown }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface RepositoryAsked {
  readonly owner: string;
  readonly repo: string;
}

const ISSUE_URL = /^https?:\/\/[^/]+\/(?:api\/v3\/)?(?:repos\/)?([^/]+)\/([^/]+)\/(?:issues|pull)\/(\d+)(?:[/?#]|$)/i;

/** `owner/name#n` of an issue web URL or API URL (`/repos/owner/name/issues/n`); null for `/repositories/{id}/…`. */
export function issueAddress(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const match = ISSUE_URL.exec(url);
  if (!match || match[1].toLowerCase() === 'repositories') return null;
  return `${match[1]}/${match[2]}#${match[3]}`;
}

function repositoryName(ref: OutsideRef): string | null {
  return ref.owner === undefined ? null : `${ref.owner}/${ref.repo ?? ''}`;
}

function base(ref: OutsideRef): Pick<OutsideIssue, 'repository' | 'number' | 'lastError'> {
  return { repository: repositoryName(ref), number: ref.number, lastError: null };
}

function gone(ref: OutsideRef, status: 'notFound' | 'deleted' | 'transferred', known: OutsideIssue | undefined, movedTo: string | null = null, title: string | null = null): OutsideIssue {
  return { ...base(ref), status, title: title ?? known?.title ?? null, milestone: null, stateReason: null, pullState: null, movedTo, url: null };
}

function fromData(ref: OutsideRef, asked: RepositoryAsked, data: unknown, known: OutsideIssue | undefined): OutsideIssue {
  const issue = mapIssue(data);
  const raw = data as { pull_request?: { merged_at?: unknown } };
  // A followed redirect answers with the issue where it lives now: another repository means it was transferred.
  const address = issueAddress(issue.url);
  const here = `${asked.owner}/${asked.repo}#${ref.number}`.toLowerCase();
  if (address !== null && address.toLowerCase() !== here && !isPullRequest(data)) return gone(ref, 'transferred', known, address, issue.title);
  if (isPullRequest(data)) {
    const pullState = issue.state === 'open' ? 'open' : typeof raw.pull_request?.merged_at === 'string' ? 'merged' : 'closed';
    return { ...base(ref), status: 'pullRequest', title: issue.title, milestone: issue.milestone, stateReason: issue.stateReason, pullState, movedTo: null, url: issue.url };
  }
  return {
    ...base(ref),
    status: issue.state === 'closed' ? 'closed' : 'open',
    title: issue.title,
    milestone: issue.milestone,
    stateReason: issue.state === 'closed' ? issue.stateReason : null,
    pullState: null,
    movedTo: null,
    url: issue.url,
  };
}

function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The outside issue an answer describes; `known` is the last answer, kept (marked) when this one failed. */
export function outsideIssueOf(ref: OutsideRef, asked: RepositoryAsked, answer: OutsideAnswer, known?: OutsideIssue): OutsideIssue {
  switch (answer.kind) {
    case 'found':
      try {
        return fromData(ref, asked, answer.data, known);
      } catch (error) {
        return lastKnown(ref, known, failureMessage(error));
      }
    case 'moved': {
      let title: string | null = null;
      let movedTo = issueAddress(answer.location);
      if (answer.data !== undefined) {
        try {
          const issue = mapIssue(answer.data);
          title = issue.title;
          movedTo = issueAddress(issue.url) ?? movedTo;
        } catch {
          // The new location's answer was unreadable: the Location header is all there is.
        }
      }
      return gone(ref, 'transferred', known, movedTo, title);
    }
    case 'failed': {
      const { error } = answer;
      if (error instanceof TrackerError && error.code === 'notFound') return gone(ref, error.httpStatus === 410 ? 'deleted' : 'notFound', known);
      return lastKnown(ref, known, failureMessage(error));
    }
  }
}
