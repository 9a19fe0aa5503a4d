// core/notes/ owns the release notes: what the milestone shipped (shippedWork.ts) and the Markdown below.
//
// Release notes as Markdown, from a progress report: the resolved issues and merged pull requests grouped by role
// (each entry once, under its first role), within a role by the `releaseNotes.typeLabels` of the team config, and
// the customer's approval with its note. Every piece of tracker text is Markdown-escaped, so a hostile title
// stays text; links are http(s) only.
import type { ReleaseReport } from '../report/report';
import { escapeMarkdown, inertMarkdown, safeHttpUrl } from '../textEscaping';
import type { ShippedItem, ShippedWork } from './shippedWork';

export interface ReleaseNotesOptions {
  /** The note recorded with the customer's decision (the newest comment of the approval issue), if any. */
  readonly approvalNote?: string | null;
  /** Heading override; default "Release notes: <milestone>". */
  readonly title?: string;
  /** Date shown under the heading (YYYY-MM-DD); default the report's generation day. */
  readonly date?: string;
  /** Issue numbers as links to the issues (default); chat shows them as plain numbers and adds its own references. */
  readonly links?: boolean;
}

const OTHER = 'Other changes';

/**
 * Escaped text that also cannot start a block where it is placed at the start of a list item, heading or quote
 * (`# x`, `> x`, `- x`, `1. x`, `===`): escapeMarkdown keeps inline syntax inert, this the line start.
 */
export function markdownText(text: string): string {
  // Leading spaces would make an indented code block of the rest.
  return inertMarkdown(text)
    .trim()
    .replace(/^([#>+\-=]|\d+(?=[.)]))/, (lead: string) => (/^\d/.test(lead) ? `${lead}\\` : `\\${lead}`));
}

function reference(item: ShippedItem, links: boolean): string {
  const url = links ? safeHttpUrl(item.url) : null;
  return url ? `[#${item.number}](${url})` : `#${item.number}`;
}

function line(item: ShippedItem, links: boolean): string {
  const closedBy = item.closedBy.length > 0 ? ` — ${item.closedBy.map((n) => `#${n}`).join(', ')}` : '';
  const kind = item.kind === 'pullRequest' ? ' (pull request)' : '';
  return `- ${markdownText(item.title)} (${reference(item, links)})${kind}${closedBy}`;
}

function typeHeading(item: ShippedItem, work: ShippedWork): string {
  const labels = new Set(item.labels.map((l) => l.toLowerCase()));
  return work.notes.typeLabels.find((t) => labels.has(t.label.toLowerCase()))?.heading ?? OTHER;
}

function approvalLines(report: ReleaseReport, note: string | null | undefined): string[] {
  const { approval } = report;
  const where = approval.issueNumber === null ? '' : ` (#${approval.issueNumber})`;
  const lines: string[] = [];
  switch (approval.status) {
    case 'approved':
      lines.push(`**Customer approval:** approved${where}.`);
      break;
    case 'declined':
      lines.push(`**Customer approval:** declined${where}.`);
      break;
    case 'requested':
      lines.push(`**Customer approval:** requested${where}, not given yet.`);
      break;
    case 'none':
      lines.push('**Customer approval:** not requested.');
      break;
  }
  const text = note?.trim();
  if (text) {
    lines.push('');
    // One quoted paragraph per line of the note, each escaped, so the note cannot open a block of its own.
    for (const noteLine of text.split(/\r?\n/)) lines.push(noteLine.trim() === '' ? '>' : `> ${markdownText(noteLine)}`);
  }
  return lines;
}

/** Markdown release notes; `report.shipped` is set by buildReport (an older report lists its recently resolved). */
export function buildReleaseNotes(report: ReleaseReport, options: ReleaseNotesOptions = {}): string {
  const work: ShippedWork = report.shipped ?? {
    issues: report.recentlyResolved.map((i) => ({ kind: 'issue', number: i.number, title: i.title, url: i.url, roleIds: [], labels: [], closedBy: [] })),
    pullRequests: [],
    roles: [],
    notes: { typeLabels: [] },
  };
  const out: string[] = [];
  out.push(`# ${options.title !== undefined ? markdownText(options.title) : `Release notes: ${markdownText(report.milestone.title)}`}`, '');
  out.push(`_${escapeMarkdown(options.date ?? report.generatedAt.slice(0, 10))}_`, '');
  out.push(...approvalLines(report, options.approvalNote), '');
  const items = [...work.issues, ...work.pullRequests];
  if (items.length === 0) {
    out.push('No issues resolved yet.', '');
    return out.join('\n');
  }
  const roleOf = (item: ShippedItem): string => item.roleIds[0] ?? 'unassigned';
  const roleNames = new Map(work.roles.map((r) => [r.id, r.name]));
  const roleOrder = [...work.roles.map((r) => r.id), ...new Set(items.map(roleOf).filter((id) => !roleNames.has(id)))];
  const headings = [...work.notes.typeLabels.map((t) => t.heading), OTHER];
  const byType = work.notes.typeLabels.length > 0;
  const links = options.links ?? true;
  const lineOf = (item: ShippedItem): string => line(item, links);
  for (const roleId of roleOrder) {
    const entries = items.filter((item) => roleOf(item) === roleId).sort((a, b) => a.number - b.number);
    if (entries.length === 0) continue;
    out.push(`## ${markdownText(roleNames.get(roleId) ?? (roleId === 'unassigned' ? 'Unassigned' : roleId))}`, '');
    if (!byType) {
      out.push(...entries.map(lineOf), '');
      continue;
    }
    for (const heading of [...new Set(headings)]) {
      const under = entries.filter((item) => typeHeading(item, work) === heading);
      if (under.length === 0) continue;
      out.push(`### ${markdownText(heading)}`, '', ...under.map(lineOf), '');
    }
  }
  return out.join('\n');
}
