// The `roles` section: which labels put an issue in which role.
import type { Node } from 'jsonc-parser';
import { DEFAULT_ROLES, UNASSIGNED_ROLE } from './defaults';
import type { RoleDefinition } from '../model';
import { childPath, quote, type ConfigReader } from './configReader';

export const ROLE_KEYS: readonly string[] = ['id', 'name', 'labels'];

/**
 * Name and labels for a role written with only an id: the default role's when the id is a default one
 * (`{ "id": "qa" }`), otherwise the id itself and `role:<id>`, the labelling scheme of the defaults.
 */
export function roleFallback(id: string): { readonly name: string; readonly labels: readonly string[] } {
  return DEFAULT_ROLES.find((role) => role.id === id) ?? { name: id, labels: [`role:${id}`] };
}

interface ReadRole {
  readonly role: RoleDefinition;
  /** Where each label was written; the id node for labels that came from the fallback. */
  readonly labelNodes: readonly Node[];
}

/**
 * Roles in the written order. A bad role is dropped and the others kept; when none is usable the defaults
 * apply, since a team that wrote roles meant to have some.
 */
export function readRoles(node: Node | undefined, reader: ConfigReader): RoleDefinition[] {
  if (node === undefined) return [...DEFAULT_ROLES];
  if (node.type !== 'array') {
    reader.wrongType(node, 'roles', 'an array of roles');
    return [...DEFAULT_ROLES];
  }
  const elements = node.children ?? [];
  if (elements.length === 0) {
    reader.problems.warning('empty', '"roles" is empty, so every issue is Unassigned', node);
    return [];
  }
  const idPaths = new Map<string, string>();
  const read = elements
    .map((element, index) => readRole(element, `roles[${index}]`, reader, idPaths))
    .filter((r): r is ReadRole => r !== undefined);
  if (read.length === 0) return [...DEFAULT_ROLES];
  warnSharedLabels(read, reader);
  return read.map((r) => r.role);
}

function readRole(element: Node, path: string, reader: ConfigReader, idPaths: Map<string, string>): ReadRole | undefined {
  if (reader.isBroken(element)) return undefined;
  if (element.type !== 'object') {
    const hint = element.type === 'string' ? `; write { "id": ${JSON.stringify(element.value)} }` : '';
    reader.wrongType(element, path, 'an object', hint);
    return undefined;
  }
  const props = reader.properties(element, path, ROLE_KEYS);
  const idNode = props.get('id');
  let id: string | undefined;
  if (idNode === undefined) {
    if (!reader.hasSyntaxErrorIn(element)) reader.missing(element, path, 'id');
  } else {
    id = acceptId(idNode, path, reader, idPaths);
  }
  const fallback = id === undefined ? { name: '', labels: [] } : roleFallback(id);
  const nameNode = props.get('name');
  const name = nameNode === undefined ? fallback.name : (reader.string(nameNode, `${path}.name`) ?? fallback.name);
  const labels = readRoleLabels(props.get('labels'), `${path}.labels`, reader, fallback.labels, idNode ?? element);
  if (id === undefined) return undefined;
  return { role: { id, name, labels: labels.map((l) => l.label) }, labelNodes: labels.map((l) => l.node) };
}

function acceptId(idNode: Node, path: string, reader: ConfigReader, idPaths: Map<string, string>): string | undefined {
  const idPath = `${path}.id`;
  const id = reader.string(idNode, idPath, { token: true });
  if (id === undefined) return undefined;
  if (id === UNASSIGNED_ROLE.id) {
    reader.problems.error(
      'reservedRoleId',
      `"${idPath}" cannot be "${id}": that id is reserved for issues without a role label; this role is ignored`,
      idNode,
    );
    return undefined;
  }
  const firstPath = idPaths.get(id);
  if (firstPath !== undefined) {
    reader.problems.error('duplicateRoleId', `"${idPath}" repeats the id ${quote(id)} of "${firstPath}"; this role is ignored`, idNode);
    return undefined;
  }
  idPaths.set(id, path);
  return id;
}

function readRoleLabels(
  node: Node | undefined,
  path: string,
  reader: ConfigReader,
  fallback: readonly string[],
  fallbackNode: Node,
): { label: string; node: Node }[] {
  const fallbackLabels = fallback.map((label) => ({ label, node: fallbackNode }));
  if (node === undefined) return fallbackLabels;
  if (node.type !== 'array') {
    reader.wrongType(node, path, 'an array of strings');
    return fallbackLabels;
  }
  const elements = node.children ?? [];
  if (elements.length === 0) {
    reader.problems.warning('empty', `"${path}" is empty, so no issue can have this role`, node);
    return [];
  }
  const labels: { label: string; node: Node }[] = [];
  elements.forEach((element, index) => {
    if (reader.isBroken(element)) return;
    const labelPath = childPath(path, index);
    const label = reader.string(element, labelPath, { noComma: true });
    if (label === undefined) return;
    const earlier = labels.find((l) => l.label.toLowerCase() === label.toLowerCase());
    if (earlier !== undefined) {
      // Labels match case-insensitively (see roles.ts), so `Role:QA` repeats `role:qa`.
      const note = earlier.label === label ? '' : ' (labels match case-insensitively)';
      reader.problems.warning('duplicateLabel', `"${labelPath}" repeats the label ${quote(earlier.label)}${note}`, element);
      return;
    }
    labels.push({ label, node: element });
  });
  return labels.length > 0 ? labels : fallbackLabels;
}

/** Allowed (an issue may have several roles), but usually a copy-paste slip, so it is a warning. */
function warnSharedLabels(read: readonly ReadRole[], reader: ConfigReader): void {
  const owners = new Map<string, string>();
  for (const { role, labelNodes } of read) {
    role.labels.forEach((label, index) => {
      const key = label.toLowerCase();
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, role.id);
      } else if (owner !== role.id) {
        reader.problems.warning(
          'duplicateLabel',
          `The label ${quote(label)} of role ${quote(role.id)} is also a label of role ${quote(owner)}; issues with it count in both roles`,
          labelNodes[index],
        );
      }
    });
  }
}
