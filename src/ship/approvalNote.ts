// The note recorded with the customer's decision: "Record Customer Approval" posts it as a comment on the
// approval issue, so it is that issue's newest comment. Read for the release notes.
import type { Approval } from '../core/model';
import type { Tracker } from '../trackers/tracker';

/** Null when there is no decision, no comment, or the comments cannot be read (the notes then go without it). */
export async function approvalNote(tracker: Tracker, approval: Approval): Promise<string | null> {
  if (approval.issueNumber === null || (approval.status !== 'approved' && approval.status !== 'declined')) return null;
  try {
    const comments = await tracker.listComments(approval.issueNumber);
    const newest = comments.at(-1);
    return newest && newest.body.trim() !== '' ? newest.body : null;
  } catch {
    return null;
  }
}
