// Pull requests of a milestone over GitHub's REST API. The issues endpoint lists them with the issues (told apart
// by the `pull_request` key), which is the only way to filter them by milestone; the open ones are then read in
// detail: draft flag and head commit (GET /pulls/{n}), reviews, and the checks of the head commit.
import type { PullRequest } from '../../core/model';
import { reviewDecision } from '../../core/pulls/pullRequests';
import { TrackerError } from '../tracker';
import { combineChecks } from './branchChecks';
import type { GitHubClient } from './githubClient';
import { mapIssue } from './issueMapper';

/** An item of the issues endpoint that is a pull request → PullRequest (review and checks not known yet). */
export function mapPullRequestItem(raw: unknown): PullRequest {
  const issue = mapIssue(raw);
  const part = (raw as { pull_request?: { merged_at?: unknown; html_url?: unknown } }).pull_request ?? {};
  const draft = (raw as { draft?: unknown }).draft === true;
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    draft,
    mergedAt: typeof part.merged_at === 'string' ? part.merged_at : null,
    labels: issue.labels,
    author: issue.author,
    milestone: issue.milestone,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    url: typeof part.html_url === 'string' ? part.html_url : issue.url,
    review: 'none',
    checks: null,
  };
}

/** Errors that mean "this detail is not available to this token", not "the release cannot be read". */
function unavailable(error: unknown): boolean {
  return error instanceof TrackerError && ['notFound', 'forbidden', 'conflict', 'invalidData'].includes(error.code);
}

/** Adds draft, review decision and head checks to an open pull request; closed ones are returned as they are. */
export async function withPullDetails(client: GitHubClient, repoParams: { owner: string; repo: string }, pull: PullRequest): Promise<PullRequest> {
  if (pull.state !== 'open') return pull;
  const params = { ...repoParams, pull_number: pull.number };
  let detailed = pull;
  try {
    const { data } = await client.request<{ draft?: unknown; head?: { sha?: unknown } }>('GET /repos/{owner}/{repo}/pulls/{pull_number}', params);
    const reviews = await client.paginate<{ user?: { login?: unknown } | null; state?: unknown }>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', params);
    const review = reviewDecision(
      reviews.map((r) => ({ user: typeof r.user?.login === 'string' ? r.user.login : '', state: typeof r.state === 'string' ? r.state : '' })),
    );
    detailed = { ...pull, draft: data.draft === true, review };
    const sha = typeof data.head?.sha === 'string' ? data.head.sha : null;
    if (sha === null) return detailed;
    const [status, runs] = await Promise.all([
      client.request<unknown>('GET /repos/{owner}/{repo}/commits/{ref}/status', { ...repoParams, ref: sha, per_page: 100 }),
      client.paginate<unknown>('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repoParams, ref: sha }),
    ]);
    return { ...detailed, checks: combineChecks(sha, status.data, runs).state };
  } catch (error) {
    if (unavailable(error)) return detailed;
    throw error;
  }
}
