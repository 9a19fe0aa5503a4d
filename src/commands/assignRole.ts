import * as vscode from 'vscode';
import { UNASSIGNED_ROLE } from '../core/config/defaults';
import type { Issue, RoleDefinition } from '../core/model';
import { displayRoles } from '../core/config/roles';
import type { Services } from '../services';
import { resolveIssue } from './issueArgument';
import { confirmedWrite } from './writeFeedback';

/** `assignRole(issue, roleName)`: relabels the issue so it belongs to that role only (Unassigned: no role label). */
export async function assignRole(services: Services, arg?: unknown, roleName?: unknown): Promise<Issue | undefined> {
  const issueNumber = await resolveIssue(arg, services, vscode.l10n.t('Select the issue to assign a role to'));
  if (issueNumber === undefined) return undefined;
  const roles = displayRoles(services.config());
  let role: RoleDefinition | undefined;
  if (typeof roleName === 'string' && roleName.trim()) {
    role = findRole(roles, roleName);
    if (!role) throw new Error(vscode.l10n.t('There is no role "{0}". Roles: {1}', roleName, roles.map((r) => r.name).join(', ')));
  } else if (roleName !== undefined && roleName !== null) {
    throw new Error(vscode.l10n.t('The role must be given by its name or id.'));
  } else {
    const picked = await vscode.window.showQuickPick(
      roles.map((r) => ({ label: r.name, description: r.labels.join(', '), role: r })),
      { placeHolder: vscode.l10n.t('Role for #{0}', issueNumber) },
    );
    role = picked?.role;
  }
  if (!role) return undefined;
  return applyRole(services, issueNumber, role);
}

export function findRole(roles: readonly RoleDefinition[], name: string): RoleDefinition | undefined {
  const wanted = name.trim().toLowerCase();
  return roles.find((r) => r.id.toLowerCase() === wanted || r.name.toLowerCase() === wanted || r.labels.some((l) => l.toLowerCase() === wanted));
}

export function applyRole(services: Services, issueNumber: number, role: RoleDefinition): Promise<Issue> {
  const current = services.store.issue(issueNumber);
  const labels = current?.labels ?? [];
  const roleLabels = new Set(services.config().roles.flatMap((r) => r.labels.map((l) => l.toLowerCase())));
  const target = role.id === UNASSIGNED_ROLE.id ? undefined : role.labels[0];
  const remove = labels.filter((l) => roleLabels.has(l.toLowerCase()) && l.toLowerCase() !== target?.toLowerCase());
  const add = target && !labels.some((l) => l.toLowerCase() === target.toLowerCase()) ? [target] : [];
  if (current && add.length === 0 && remove.length === 0) return Promise.resolve(current);
  const now = new Date().toISOString();
  return confirmedWrite(services.log, vscode.l10n.t('Assigning #{0} to {1}', issueNumber, role.name), () =>
    services.store.write(
      `role#${issueNumber}`,
      issueNumber,
      (issue) => ({ ...issue, labels: [...issue.labels.filter((l) => !remove.includes(l)), ...add], updatedAt: now }),
      (tracker) => tracker.editLabels(issueNumber, add, remove),
    ),
  );
}
