// The customer approval request: the issue the customer reads, carrying the progress report, and the export
// file names. Pure text; the report's own Markdown escapes every piece of data.
import { reportToMarkdown } from './markdownExport';
import type { ReleaseReport } from './report';

export function approvalIssueTitle(milestoneTitle: string): string {
  return `Customer approval: release ${milestoneTitle.replace(/[\r\n]+/g, ' ')}`;
}

export function approvalRequestBody(report: ReleaseReport, approvedLabel: string): string {
  const intro = [
    '**Please review this release and approve or decline it.**',
    '',
    `To approve, add the label \`${approvedLabel.replace(/`/g, "'")}\` or close this issue as completed. To decline, close it as not planned, ideally with a comment saying what is missing.`,
    '',
    '---',
    '',
  ];
  return `${intro.join('\n')}${reportToMarkdown(report)}`;
}

/** `release-v1.4-Holiday-Checkout-report.md`: the milestone title made safe for a file name on every OS. */
export function reportFileName(milestoneTitle: string, extension: 'md' | 'html'): string {
  const slug = milestoneTitle
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `release-${slug || 'milestone'}-report.${extension}`;
}
