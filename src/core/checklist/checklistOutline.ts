// core/checklist/ owns the release checklist: Markdown task lists (parse, byte-safe toggle, roles), the team
// template, progress and outline for the view, and Complete Code Checklist's evaluation (semver, tags, CHANGELOG).
//
// The release checklist as the view shows it: items grouped by role in config order, items without a role in a
// "General" group first (the template writes them first too), nested items under their parent, done / total per
// group. Read with the same parser as the criteria engine, so the view and the GO / NO-GO verdict agree.
import { checkOf } from './checklistTemplate';
import type { ChecklistCheck, RoleDefinition } from '../model';
import { parseTaskList, type TaskItem } from './taskList';

export interface OutlineItem {
  readonly item: TaskItem;
  /** The machine-verifiable check the item declares, or null for a manual item. */
  readonly check: ChecklistCheck | null;
  readonly children: readonly OutlineItem[];
}

export interface OutlineGroup {
  /** Null for the items that belong to no configured role. */
  readonly role: RoleDefinition | null;
  readonly items: readonly OutlineItem[];
  readonly done: number;
  readonly total: number;
}

export interface ChecklistOutline {
  readonly groups: readonly OutlineGroup[];
  readonly done: number;
  readonly total: number;
}

interface MutableItem {
  readonly item: TaskItem;
  readonly check: ChecklistCheck | null;
  readonly children: MutableItem[];
}

export function outlineChecklist(body: string, roles: readonly RoleDefinition[]): ChecklistOutline {
  const items = parseTaskList(body, roles);
  const known = new Map(roles.map((role) => [role.id, role]));
  const groupOf = (item: TaskItem): string | null => (item.role !== null && known.has(item.role) ? item.role : null);
  const tops = new Map<string | null, MutableItem[]>();
  // The open items by depth: an item nests under the nearest shallower one, when both are in the same group.
  let open: MutableItem[] = [];
  for (const item of items) {
    const node: MutableItem = { item, check: checkOf(item), children: [] };
    open = open.filter((o) => o.item.depth < item.depth);
    const parent = open[open.length - 1];
    if (parent && groupOf(parent.item) === groupOf(item) && parent.item.quoted === item.quoted) {
      parent.children.push(node);
    } else {
      const key = groupOf(item);
      tops.set(key, [...(tops.get(key) ?? []), node]);
    }
    open.push(node);
  }
  const group = (role: RoleDefinition | null, list: readonly MutableItem[]): OutlineGroup => {
    const all = list.flatMap(flatten);
    return { role, items: list, done: all.filter((i) => i.checked).length, total: all.length };
  };
  const groups: OutlineGroup[] = [];
  if (tops.has(null)) groups.push(group(null, tops.get(null)!));
  for (const role of roles) {
    const list = tops.get(role.id);
    if (list) groups.push(group(role, list));
  }
  return { groups, done: items.filter((i) => i.checked).length, total: items.length };
}

function flatten(node: OutlineItem): TaskItem[] {
  return [node.item, ...node.children.flatMap(flatten)];
}
