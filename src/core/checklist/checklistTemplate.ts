// Writes a team's checklist template as Markdown and reads back which items a machine can verify. The marker is an
// HTML comment after the item text (`- [ ] No untracked TODOs <!-- rr:check=noUntrackedTodos -->`): invisible on
// GitHub, kept by every edit that keeps the line, and left out of TaskItem.text so it never changes an item's identity.
import type { ChecklistCheck, ChecklistTemplateItem, RoleDefinition } from '../model';

export const CHECKLIST_CHECKS: readonly ChecklistCheck[] = [
  'noUntrackedTodos',
  'noTodosOnClosedIssues',
  'allIssuesResolved',
  'checksGreen',
  'versionBumped',
  'changelogEntry',
];

const MARKER = /<!--\s*rr:check=([A-Za-z]+)\s*-->/;

export function checkMarker(check: ChecklistCheck): string {
  return `<!-- rr:check=${check} -->`;
}

/** The check a parsed item declares, or null (no marker, or a check this version does not know). */
export function checkOf(item: { readonly raw: string }): ChecklistCheck | null {
  const name = MARKER.exec(item.raw)?.[1];
  return CHECKLIST_CHECKS.find((check) => check === name) ?? null;
}

/**
 * The checklist body: items without a role first, then one `## <role name>` section per role in config order, then
 * sections for role ids the config does not define (headed by the id, so nothing is lost). Item text is written
 * as is, on one line: parseTaskList gives back the same text, role and check.
 */
export function renderChecklist(template: readonly ChecklistTemplateItem[], roles: readonly RoleDefinition[]): string {
  const sections: { heading: string | null; items: ChecklistTemplateItem[] }[] = [{ heading: null, items: [] }];
  const known = new Map(roles.map((role) => [role.id, role.name]));
  for (const role of roles) sections.push({ heading: role.name, items: [] });
  for (const item of template) {
    const heading = item.role === undefined ? null : (known.get(item.role) ?? item.role);
    let section = sections.find((s) => s.heading === heading);
    if (!section) {
      section = { heading, items: [] };
      sections.push(section);
    }
    section.items.push(item);
  }
  const blocks = sections
    .filter((section) => section.items.length > 0)
    .map((section) => {
      const lines = section.items.map(renderItem);
      return section.heading === null ? lines.join('\n') : `## ${oneLine(section.heading)}\n\n${lines.join('\n')}`;
    });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function renderItem(item: ChecklistTemplateItem): string {
  const marker = item.check ? ` ${checkMarker(item.check)}` : '';
  return `- [ ] ${oneLine(item.text)}${marker}`;
}

/** A line break in a config string would end the item; Markdown renders any whitespace run as one space anyway. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
