// Draft release notes from the report model: the resolved work items grouped by role.
import { chatText } from '../chat/chatText';
import type { ReleaseReport } from '../report/report';

export function buildReleaseNotes(report: ReleaseReport): string {
  const out = [`## Release notes: ${chatText(report.milestone.title)}`, ''];
  if (report.resolvedWork.length === 0) return [...out, 'No issues resolved yet.', ''].join('\n');
  for (const role of report.roles) {
    const issues = report.resolvedWork.filter((i) => i.roles.includes(role.role));
    if (issues.length === 0) continue;
    out.push(`### ${chatText(role.role)}`, '', ...issues.map((i) => `- ${chatText(i.title)} (#${i.number})`), '');
  }
  return out.join('\n');
}
