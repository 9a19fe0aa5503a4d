// `@release /approve`: where customer approval stands and what it still needs — the request itself, the
// customer's answer, and the other failing criteria a customer would be approving past.
import type { ReleaseReport } from '../report/report';
import { approvalText } from '../report/reportWording';
import { button, type ChatPart } from './chatParts';
import { chatText } from './chatText';
import { lines } from './itemLines';
import { notLoadedAnswer, verdictHeading } from './statusAnswer';

function nextStep(report: ReleaseReport): { text: string; action: ChatPart | null } {
  switch (report.approval.status) {
    case 'approved':
      return { text: 'The customer approved the release; nothing more is needed for approval.', action: null };
    case 'declined':
      return { text: 'The customer declined. Fix what they asked for, then request approval again.', action: button({ kind: 'requestApproval' }) };
    case 'requested':
      return { text: 'Waiting for the customer. Record their answer when it comes.', action: button({ kind: 'recordApproval' }) };
    case 'none':
      return { text: 'Approval has not been requested yet. Request it once the other criteria pass, or now to give the customer notice.', action: button({ kind: 'requestApproval' }) };
  }
}

export function approvalAnswer(report: ReleaseReport | null): ChatPart[] {
  if (report === null) return notLoadedAnswer();
  const approval = report.criteria.find((c) => c.id === 'customerApproval');
  const others = report.criteria.filter((c) => c.id !== 'customerApproval' && !c.passed && !c.skipped);
  const { text, action } = nextStep(report);
  const parts: ChatPart[] = [
    lines(
      verdictHeading(report),
      '',
      `**Customer approval:** ${chatText(approvalText(report.approval))}.`,
      approval?.skipped ? `This criterion is not checked: ${chatText(approval.reason)}` : null,
      '',
      text,
    ),
  ];
  parts.push(
    others.length === 0
      ? lines('', 'Every other criterion passes.')
      : lines('', `**Still failing besides approval (${others.length})**`, '', others.map((c) => `- ✗ ${chatText(c.title)}: ${chatText(c.reason)}`)),
  );
  if (report.approval.issueNumber !== null) parts.push({ kind: 'issueReference', issue: report.approval.issueNumber, url: null });
  if (action) parts.push(action);
  parts.push(button({ kind: 'openReport' }));
  return parts;
}
