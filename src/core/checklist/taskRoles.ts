// Which team role a checklist item belongs to. Declared by the writer, never guessed from the wording: a role
// suffix on the item ("Smoke test on staging (QA)"), else the item it is nested under, else a heading that names
// a role ("## QA Engineer", "### Programmer tasks").
import { UNASSIGNED_ROLE } from '../config/defaults';
import type { RoleDefinition } from '../model';

/** Lower-case words separated by single spaces: punctuation and emoji count as separators. */
function words(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The role named by a trailing `(QA)`, `(Designer)`, `(qa engineer)`..., matched against role ids and names. */
export function roleOfSuffix(text: string, roles: readonly RoleDefinition[]): string | null {
  const suffix = /\(([^()]+)\)\s*$/.exec(text);
  if (!suffix) return null;
  // "(QA, PM)" or "(QA/PM)": the first role named owns the item.
  for (const part of suffix[1].split(/[,/&+]|\band\b/i)) {
    const wanted = words(part);
    if (wanted === '') continue;
    const role = roles.find((r) => words(r.id) === wanted || words(r.name) === wanted);
    if (role) return role.id;
  }
  return null;
}

/**
 * The role a heading names: the whole heading equal to a role's id or name, else the role whose name or id appears
 * earliest in it as whole words ("Programmer tasks", "✅ QA sign-off").
 */
export function roleOfHeading(heading: string, roles: readonly RoleDefinition[]): string | null {
  const text = words(heading);
  if (text === '') return null;
  const exact = roles.find((r) => words(r.id) === text || words(r.name) === text);
  if (exact) return exact.id;
  let best: { id: string; at: number } | null = null;
  for (const role of roles) {
    for (const phrase of [words(role.name), words(role.id)]) {
      if (phrase === '') continue;
      const at = ` ${text} `.indexOf(` ${phrase} `);
      if (at >= 0 && (best === null || at < best.at)) best = { id: role.id, at };
    }
  }
  return best?.id ?? null;
}

export interface RoleGroup<T> {
  readonly role: RoleDefinition;
  readonly items: readonly T[];
}

/**
 * Groups items by their `role` field in the configured role order, with Unassigned (no role, or a role id the
 * config does not know) last. Roles without items are left out.
 */
export function groupByRole<T extends { readonly role: string | null }>(
  items: readonly T[],
  roles: readonly RoleDefinition[],
): RoleGroup<T>[] {
  const known = new Set(roles.map((r) => r.id));
  const groups = roles.map((role) => ({ role, items: items.filter((item) => item.role === role.id) }));
  groups.push({ role: UNASSIGNED_ROLE, items: items.filter((item) => item.role === null || !known.has(item.role)) });
  return groups.filter((group) => group.items.length > 0);
}
