// The `checklist` section: the release checklist template, its items tied to roles and machine checks.
import type { Node } from 'jsonc-parser';
import { closestName } from '../closestName';
import { DEFAULT_CHECKLIST_TEMPLATE } from './defaults';
import type { ChecklistCheck, ChecklistTemplateItem, RoleDefinition } from '../model';
import { childPath, quote, type ConfigReader } from './configReader';

// A Record so the compiler fails here when model.ts grows a check and this list does not.
const CHECKS: Record<ChecklistCheck, true> = {
  noUntrackedTodos: true,
  noTodosOnClosedIssues: true,
  allIssuesResolved: true,
  checksGreen: true,
  versionBumped: true,
  changelogEntry: true,
};
export const CHECKLIST_CHECKS = Object.keys(CHECKS) as readonly ChecklistCheck[];

export const CHECKLIST_ITEM_KEYS: readonly string[] = ['text', 'role', 'check'];

export function isChecklistCheck(value: string): value is ChecklistCheck {
  return (CHECKLIST_CHECKS as readonly string[]).includes(value);
}

/**
 * The default template for these roles: an item of a default role the team does not have keeps its text and
 * loses the role, so no item points at a role that is not there.
 */
export function defaultChecklistFor(roles: readonly RoleDefinition[]): ChecklistTemplateItem[] {
  return DEFAULT_CHECKLIST_TEMPLATE.map((item) => {
    if (item.role === undefined || roles.some((role) => role.id === item.role)) return { ...item };
    const { role: _dropped, ...rest } = item;
    return rest;
  });
}

export function readChecklist(node: Node | undefined, reader: ConfigReader, roles: readonly RoleDefinition[]): ChecklistTemplateItem[] {
  if (node === undefined) return defaultChecklistFor(roles);
  if (node.type !== 'array') {
    reader.wrongType(node, 'checklist', 'an array of checklist items');
    return defaultChecklistFor(roles);
  }
  // An empty array is a real choice (no checklist), so it is kept as is.
  const items: ChecklistTemplateItem[] = [];
  const textPaths = new Map<string, string>();
  (node.children ?? []).forEach((element, index) => {
    const item = readItem(element, childPath('checklist', index), reader, roles);
    if (item === undefined) return;
    // Items are found again by their text (toggleChecklistItem({ text })), so a repeat would be ambiguous.
    const key = item.item.text.trim().toLowerCase();
    const first = textPaths.get(key);
    if (first !== undefined) {
      reader.problems.warning(
        'duplicateChecklistItem',
        `"checklist[${index}].text" repeats ${quote(item.item.text)} of "${first}"; the repeat is ignored`,
        item.textNode,
      );
      return;
    }
    textPaths.set(key, `checklist[${index}]`);
    items.push(item.item);
  });
  return items;
}

function readItem(
  element: Node,
  path: string,
  reader: ConfigReader,
  roles: readonly RoleDefinition[],
): { item: ChecklistTemplateItem; textNode: Node } | undefined {
  if (reader.isBroken(element)) return undefined;
  if (element.type !== 'object') {
    const hint = element.type === 'string' ? `; write { "text": ${JSON.stringify(element.value)} }` : '';
    reader.wrongType(element, path, 'an object', hint);
    return undefined;
  }
  const props = reader.properties(element, path, CHECKLIST_ITEM_KEYS);
  const textNode = props.get('text');
  if (textNode === undefined && !reader.hasSyntaxErrorIn(element)) reader.missing(element, path, 'text');
  const text = textNode === undefined ? undefined : reader.string(textNode, `${path}.text`, { singleLine: true });
  const roleNode = props.get('role');
  const role = roleNode === undefined ? undefined : readRoleRef(roleNode, `${path}.role`, reader, roles);
  const checkNode = props.get('check');
  const check = checkNode === undefined ? undefined : readCheck(checkNode, `${path}.check`, reader);
  if (text === undefined || textNode === undefined) return undefined;
  const item: ChecklistTemplateItem = { text, ...(role === undefined ? {} : { role }), ...(check === undefined ? {} : { check }) };
  return { item, textNode };
}

function readRoleRef(node: Node, path: string, reader: ConfigReader, roles: readonly RoleDefinition[]): string | undefined {
  const id = reader.string(node, path);
  if (id === undefined) return undefined;
  const ids = roles.map((role) => role.id);
  if (ids.includes(id)) return id;
  const suggestion = closestName(id, ids);
  const tail =
    suggestion !== undefined
      ? `; did you mean "${suggestion}"?`
      : ids.length === 0
        ? '; there are no roles'
        : `; the roles are ${ids.map((i) => quote(i)).join(', ')}`;
  reader.problems.error('unknownRole', `"${path}" is not a role id: ${quote(id)}${tail}`, node);
  return undefined;
}

function readCheck(node: Node, path: string, reader: ConfigReader): ChecklistCheck | undefined {
  const value = reader.string(node, path);
  if (value === undefined) return undefined;
  if (isChecklistCheck(value)) return value;
  const suggestion = closestName(value, CHECKLIST_CHECKS);
  const tail =
    suggestion !== undefined ? `; did you mean "${suggestion}"?` : `; use one of ${CHECKLIST_CHECKS.map((c) => `"${c}"`).join(', ')}`;
  reader.problems.error('unknownCheck', `"${path}" is not a known check: ${quote(value)}${tail}`, node);
  return undefined;
}
