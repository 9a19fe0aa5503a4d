// The Tracker over GitHub's REST API. Every call goes through the GitHubClient wrapper (retries, rate limits,
// ETags, error mapping); this file only knows which endpoints make up each Tracker operation.
import { knownFor, outsideRefKey, unknownOutside, type OutsideRef } from '../core/references/outsideRefs';
import { combineChecks } from './github/branchChecks';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from './github/githubClient';
import { checklistOf, isPullRequest, mapComment, mapIssue, mapMilestone, pickChecklist, sortMilestones } from './github/issueMapper';
import { outsideIssueOf, type OutsideAnswer } from './github/outsideMapper';
import type { BranchChecks, Checklist, Comment, Issue, Milestone, OutsideIssue, PullRequest, ReleaseData, TeamConfig } from '../core/model';
import { mapPullRequestItem, withPullDetails } from './github/pullRequestMapper';
import type { KeyValueStore } from './keyValueStore';
import { TrackerError, type NewIssue, type ReleaseInfo, type Tracker } from './tracker';
import type { TrackerLog } from './trackerLog';

export interface GitHubTrackerOptions {
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly token?: string;
  /** Host the token was issued for; see GitHubClientOptions.tokenHost. */
  readonly tokenHost?: string;
  readonly config: TeamConfig;
  readonly log: TrackerLog;
  readonly storage?: KeyValueStore;
  readonly clock?: () => Date;
  /** Timeouts, retry counts and delays, concurrency, formatter, fetch: mostly for tests. */
  readonly tuning?: Omit<GitHubClientOptions, 'apiUrl' | 'token' | 'tokenHost' | 'log' | 'storage' | 'clock'>;
}

export interface GitHubTracker extends Tracker {
  readonly kind: 'github';
  readonly client: GitHubClient;
}

export function createGitHubTracker(options: GitHubTrackerOptions): GitHubTracker {
  const { owner, repo, config } = options;
  const clock = options.clock ?? (() => new Date());
  const client = createGitHubClient({
    ...options.tuning,
    apiUrl: options.apiUrl,
    token: options.token,
    tokenHost: options.tokenHost,
    log: options.log,
    storage: options.storage,
    clock,
  });
  const repoParams = { owner, repo };
  const label = client.host === 'github.com' ? `${owner}/${repo}` : `${client.host}/${owner}/${repo}`;

  async function listMilestones(): Promise<Milestone[]> {
    const raw = await client.paginate<unknown>('GET /repos/{owner}/{repo}/milestones', { ...repoParams, state: 'all' });
    return sortMilestones(raw.map(mapMilestone));
  }

  async function milestoneByTitle(title: string): Promise<Milestone> {
    const milestones = await listMilestones();
    const exact = milestones.find((m) => m.title === title);
    const loose = milestones.filter((m) => m.title.toLowerCase() === title.toLowerCase());
    const found = exact ?? (loose.length === 1 ? loose[0] : undefined);
    if (!found) throw new TrackerError('notFound', `There is no milestone "${title}" in ${label}.`);
    return found;
  }

  async function milestoneItems(milestone: Milestone, labels?: string): Promise<{ issues: Issue[]; pulls: PullRequest[] }> {
    const params = { ...repoParams, milestone: String(milestone.number), state: 'all', ...(labels ? { labels } : {}) };
    const raw = await client.paginate<unknown>('GET /repos/{owner}/{repo}/issues', params);
    return {
      issues: raw.filter((item) => !isPullRequest(item)).map(mapIssue).sort((a, b) => a.number - b.number),
      pulls: raw.filter(isPullRequest).map(mapPullRequestItem).sort((a, b) => a.number - b.number),
    };
  }

  async function milestoneIssues(milestone: Milestone, labels?: string): Promise<Issue[]> {
    return (await milestoneItems(milestone, labels)).issues;
  }

  /** Null when the repository has no default branch yet or the token may not read statuses or checks. */
  async function defaultBranchChecks(): Promise<BranchChecks | null> {
    try {
      const { data } = await client.request<{ default_branch?: unknown }>('GET /repos/{owner}/{repo}', repoParams);
      if (typeof data.default_branch !== 'string') return null;
      const ref = data.default_branch;
      const [status, runs] = await Promise.all([
        client.request<unknown>('GET /repos/{owner}/{repo}/commits/{ref}/status', { ...repoParams, ref, per_page: 100 }),
        client.paginate<unknown>('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repoParams, ref }),
      ]);
      return combineChecks(ref, status.data, runs);
    } catch (error) {
      if (error instanceof TrackerError && ['notFound', 'forbidden', 'conflict', 'invalidData'].includes(error.code)) {
        options.log.info(`Branch checks of ${label} are not available: ${error.message}`);
        return null;
      }
      throw error;
    }
  }

  async function issueCall<T>(issueNumber: number, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof TrackerError && error.code === 'notFound') {
        throw new TrackerError('notFound', `Issue #${issueNumber} was not found in ${label}.`);
      }
      throw error;
    }
  }

  const issueParams = (issueNumber: number) => ({ ...repoParams, issue_number: issueNumber });

  async function getIssue(issueNumber: number, fresh = false): Promise<Issue> {
    return issueCall(issueNumber, async () => {
      const { data } = await client.request<unknown>('GET /repos/{owner}/{repo}/issues/{issue_number}', issueParams(issueNumber), { fresh });
      return mapIssue(data);
    });
  }

  async function patchIssue(issueNumber: number, fields: Record<string, unknown>): Promise<Issue> {
    return issueCall(issueNumber, async () => {
      const { data } = await client.request<unknown>('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...issueParams(issueNumber), ...fields });
      return mapIssue(data);
    });
  }

  async function addComment(issueNumber: number, body: string): Promise<void> {
    await issueCall(issueNumber, () =>
      client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issueParams(issueNumber), body }),
    );
  }

  // New issues whose POST failed without a clear answer (timeout, reset, 5xx): the next attempt looks first.
  const uncertainCreates = new Set<string>();

  /** The newest issues of the milestone (or repository): one created with this title and body, if any. */
  async function recentlyCreated(issue: NewIssue, milestone: number | undefined): Promise<Issue | null> {
    const { data } = await client.request<unknown[]>(
      'GET /repos/{owner}/{repo}/issues',
      { ...repoParams, state: 'all', sort: 'created', direction: 'desc', per_page: 30, ...(milestone === undefined ? {} : { milestone: String(milestone) }) },
      { fresh: true },
    );
    const found = data.filter((item) => !isPullRequest(item)).map(mapIssue).find((candidate) => candidate.title === issue.title && candidate.body === issue.body);
    return found ?? null;
  }

  // Comments posted for a state change whose PATCH then failed: a Retry of the same change must not post the
  // comment a second time. Cleared once the change goes through.
  const pendingComments = new Set<string>();

  async function commentThenPatch(issueNumber: number, comment: string | undefined, fields: Record<string, unknown>): Promise<Issue> {
    const key = comment ? `${issueNumber}\n${String(fields.state)}\n${comment}` : null;
    if (key !== null && comment && !pendingComments.has(key)) {
      await addComment(issueNumber, comment);
      pendingComments.add(key);
    }
    const issue = await patchIssue(issueNumber, fields);
    if (key !== null) pendingComments.delete(key);
    return issue;
  }

  async function editBody(issueNumber: number, edit: (freshBody: string) => string): Promise<Issue> {
    // Unconditional read: a revalidated cache entry could be a few seconds behind an edit made on github.com.
    const current = await getIssue(issueNumber, true);
    const body = edit(current.body);
    if (body === current.body) return current;
    return patchIssue(issueNumber, { body });
  }

  /**
   * One conditional GET per outside reference. Redirects are not followed blindly: a 301 means the issue was
   * transferred, and its Location is read once more only on the API's own origin (the token goes with it).
   */
  async function askOutside(ref: OutsideRef): Promise<OutsideAnswer> {
    const params = { owner: ref.owner ?? owner, repo: ref.repo ?? repo, issue_number: ref.number, request: { redirect: 'manual' } };
    try {
      const response = await client.request<unknown>('GET /repos/{owner}/{repo}/issues/{issue_number}', params);
      if (response.status < 300 || response.status >= 400) return { kind: 'found', data: response.data };
      const location = typeof response.headers.location === 'string' ? absoluteUrl(response.headers.location, client.apiUrl) : null;
      if (location === null || originOf(location) !== originOf(client.apiUrl)) return { kind: 'moved', location };
      try {
        const moved = await client.request<unknown>(`GET ${location}`, { request: { redirect: 'manual' } });
        return { kind: 'moved', location, data: moved.status === 200 ? moved.data : undefined };
      } catch {
        return { kind: 'moved', location };
      }
    } catch (error) {
      return { kind: 'failed', error };
    }
  }

  async function lookupOutside(refs: readonly OutsideRef[], known?: readonly OutsideIssue[]): Promise<OutsideIssue[]> {
    const last = knownFor(refs, known);
    // The client's limiter keeps a few requests in flight; each reference is asked once.
    return Promise.all(
      refs.map(async (ref) =>
        // A URL on another host names another GitHub: this token is not for it, so it is not asked.
        ref.host !== undefined && ref.host.toLowerCase() !== client.host.toLowerCase()
          ? unknownOutside(ref, `Not looked up: ${ref.host} is not ${client.host}.`)
          : outsideIssueOf(ref, { owner: ref.owner ?? owner, repo: ref.repo ?? repo }, await askOutside(ref), last.get(outsideRefKey(ref))),
      ),
    );
  }

  async function getChecklist(milestoneTitle: string): Promise<Checklist | null> {
    const milestone = await milestoneByTitle(milestoneTitle);
    return pickChecklist(await milestoneIssues(milestone, config.labels.checklist), config.labels.checklist);
  }

  function releaseOf(raw: unknown): ReleaseInfo {
    const r = raw as { id?: unknown; tag_name?: unknown; draft?: unknown; html_url?: unknown };
    if (typeof r?.id !== 'number' || typeof r.tag_name !== 'string') throw new TrackerError('invalidData', 'GitHub sent a release without an id or tag.');
    return { id: r.id, tag: r.tag_name, draft: r.draft === true, url: typeof r.html_url === 'string' ? r.html_url : null };
  }

  return {
    kind: 'github',
    label,
    client,
    listMilestones,

    async closeMilestone(milestoneTitle) {
      const milestone = await milestoneByTitle(milestoneTitle);
      if (milestone.state === 'closed') return milestone;
      const { data } = await client.request<unknown>('PATCH /repos/{owner}/{repo}/milestones/{milestone_number}', {
        ...repoParams,
        milestone_number: milestone.number,
        state: 'closed',
      });
      return mapMilestone(data);
    },

    releases: {
      async findRelease(tag) {
        // Newest first; a draft has no tag yet, so GET /releases/tags/{tag} would not find it.
        const { data } = await client.request<unknown[]>('GET /repos/{owner}/{repo}/releases', { ...repoParams, per_page: 100 }, { fresh: true });
        const found = (Array.isArray(data) ? data : []).find((r) => (r as { tag_name?: unknown }).tag_name === tag);
        return found === undefined ? null : releaseOf(found);
      },
      async createRelease(release) {
        const { data } = await client.request<unknown>('POST /repos/{owner}/{repo}/releases', {
          ...repoParams,
          tag_name: release.tag,
          name: release.name,
          body: release.body,
          draft: release.draft,
          ...(release.targetCommitish ? { target_commitish: release.targetCommitish } : {}),
          request: { retries: 0 },
        });
        return releaseOf(data);
      },
    },

    async loadRelease(milestoneTitle) {
      const [milestone, checks] = await Promise.all([milestoneByTitle(milestoneTitle), defaultBranchChecks()]);
      const { issues, pulls } = await milestoneItems(milestone);
      const pullRequests = await Promise.all(pulls.map((pull) => withPullDetails(client, repoParams, pull)));
      const data: ReleaseData = {
        milestone,
        issues,
        pullRequests,
        checklist: pickChecklist(issues, config.labels.checklist),
        checks,
        fetchedAt: clock().toISOString(),
      };
      return data;
    },

    getIssue: (issueNumber) => getIssue(issueNumber),
    lookupOutside,

    async listComments(issueNumber): Promise<Comment[]> {
      const raw = await issueCall(issueNumber, () =>
        client.paginate<unknown>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', issueParams(issueNumber)),
      );
      return raw.map(mapComment);
    },

    async closeIssue(issueNumber, reason, comment) {
      // Comment first, so on GitHub it reads as the explanation of the close that follows.
      return commentThenPatch(issueNumber, comment, { state: 'closed', state_reason: reason });
    },

    async reopenIssue(issueNumber, comment) {
      return commentThenPatch(issueNumber, comment, { state: 'open' });
    },

    async editLabels(issueNumber, add, remove) {
      const toAdd = [...new Set(add.filter((name) => name !== ''))];
      const toRemove = [...new Set(remove.filter((name) => name !== '' && !toAdd.includes(name)))];
      if (toAdd.length > 0) {
        await issueCall(issueNumber, () =>
          client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...issueParams(issueNumber), labels: toAdd }),
        );
      }
      for (const name of toRemove) {
        try {
          await client.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { ...issueParams(issueNumber), name });
        } catch (error) {
          // 404 = the issue did not carry that label: already in the wanted state.
          if (!(error instanceof TrackerError && error.code === 'notFound')) throw error;
        }
      }
      return getIssue(issueNumber, true);
    },

    editBody,

    async createIssue(issue: NewIssue) {
      const milestone = issue.milestone === null ? undefined : (await milestoneByTitle(issue.milestone)).number;
      const key = JSON.stringify([issue.title, issue.body, milestone ?? null]);
      if (uncertainCreates.has(key)) {
        // An earlier attempt may have created it before its answer was lost: look before creating it again.
        const landed = await recentlyCreated(issue, milestone);
        uncertainCreates.delete(key);
        if (landed) return landed;
      }
      try {
        const { data } = await client.request<unknown>('POST /repos/{owner}/{repo}/issues', {
          ...repoParams,
          title: issue.title,
          body: issue.body,
          labels: [...issue.labels],
          ...(milestone === undefined ? {} : { milestone }),
          ...(issue.assignees && issue.assignees.length > 0 ? { assignees: [...issue.assignees] } : {}),
          // Never retried blindly: a retry after a lost answer would create the issue twice.
          request: { retries: 0 },
        });
        return mapIssue(data);
      } catch (error) {
        if (error instanceof TrackerError && (error.code === 'offline' || error.code === 'server')) uncertainCreates.add(key);
        throw error;
      }
    },

    addComment,
    getChecklist,

    async editChecklist(milestoneTitle, edit) {
      const checklist = await getChecklist(milestoneTitle);
      if (!checklist || checklist.issueNumber === null) {
        throw new TrackerError('notFound', `Milestone "${milestoneTitle}" has no release checklist yet.`);
      }
      return checklistOf(await editBody(checklist.issueNumber, edit));
    },

    async createChecklist(milestoneTitle, body) {
      const milestone = await milestoneByTitle(milestoneTitle);
      const { data } = await client.request<unknown>('POST /repos/{owner}/{repo}/issues', {
        ...repoParams,
        title: `Release checklist: ${milestone.title}`,
        body,
        labels: [config.labels.checklist],
        milestone: milestone.number,
      });
      return checklistOf(mapIssue(data));
    },
  };
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function absoluteUrl(location: string, base: string): string | null {
  try {
    return new URL(location, base).href;
  } catch {
    return null;
  }
}
