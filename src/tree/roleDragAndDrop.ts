// Drag an issue onto another role (or onto an issue of that role) to reassign it.
import * as vscode from 'vscode';
import { displayRoles } from '../core/config/roles';
import type { Services } from '../services';
import { applyRole } from '../commands/assignRole';
import { IssueNode, RoleNode, type IssueTreeNode } from './issueNodes';

const MIME = 'application/vnd.code.tree.releasereadiness.issues';

export class RoleDragAndDrop implements vscode.TreeDragAndDropController<IssueTreeNode> {
  readonly dragMimeTypes = [MIME];
  readonly dropMimeTypes = [MIME];

  constructor(private readonly services: Services) {}

  handleDrag(source: readonly IssueTreeNode[], data: vscode.DataTransfer): void {
    const numbers = source.filter((n): n is IssueNode => n instanceof IssueNode).map((n) => n.number);
    if (numbers.length > 0) data.set(MIME, new vscode.DataTransferItem(JSON.stringify(numbers)));
  }

  async handleDrop(target: IssueTreeNode | undefined, data: vscode.DataTransfer): Promise<void> {
    const roleId = target instanceof RoleNode ? target.role.id : target instanceof IssueNode ? target.roleId : undefined;
    if (!roleId) return;
    const raw = await data.get(MIME)?.asString();
    if (!raw) return;
    const numbers = (JSON.parse(raw) as unknown[]).filter((n): n is number => typeof n === 'number');
    const role = displayRoles(this.services.config()).find((r) => r.id === roleId);
    if (!role) return;
    await Promise.allSettled(numbers.map((n) => applyRole(this.services, n, role)));
  }
}
