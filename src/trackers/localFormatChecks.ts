// Checks across entries of `.release/issues.json` that a per-value reader cannot make: numbers and titles that
// must be unique, and issues that name a milestone the file does not have. A hand edit or a git merge of two
// branches that both added "issue #31" produces exactly these, so they get their own clear messages.
import type { Node } from 'jsonc-parser';
import type { IssuesDocument, RawProblem } from './localDocument';

/** Where one milestone or issue was written: its `number` node and its `title` (milestone) or `milestone` (issue) node. */
export interface Spot {
  readonly number: Node;
  readonly title: Node;
}

export function checkReferences(doc: IssuesDocument, spots: { milestones: readonly Spot[]; issues: readonly Spot[] }, text: string): RawProblem[] {
  const problems: RawProblem[] = [];
  const at = (node: Node, message: string): void => {
    problems.push({ message, offset: node.offset, length: Math.max(node.length, 1) });
  };

  const milestoneNumbers = new Map<number, Node>();
  const milestoneTitles = new Map<string, Node>();
  doc.milestones.forEach((milestone, i) => {
    const spot = spots.milestones[i];
    const sameNumber = milestoneNumbers.get(milestone.number);
    if (sameNumber) at(spot.number, `milestone "${milestone.title}": number ${milestone.number} is already used by another milestone (line ${lineAt(text, sameNumber.offset)})`);
    else milestoneNumbers.set(milestone.number, spot.number);
    const sameTitle = milestoneTitles.get(milestone.title);
    if (sameTitle) at(spot.title, `milestone "${milestone.title}" appears twice (also on line ${lineAt(text, sameTitle.offset)})`);
    else milestoneTitles.set(milestone.title, spot.title);
  });

  const issueNumbers = new Map<number, Node>();
  doc.issues.forEach((issue, i) => {
    const spot = spots.issues[i];
    const same = issueNumbers.get(issue.number);
    if (same) at(spot.number, `issue #${issue.number} appears twice (also on line ${lineAt(text, same.offset)}); give one of them a new number`);
    else issueNumbers.set(issue.number, spot.number);
    if (issue.milestone !== null && !milestoneTitles.has(issue.milestone)) {
      at(spot.title, `issue #${issue.number}: milestone "${issue.milestone}" is not in "milestones" (titles must match exactly)`);
    }
  });
  return problems;
}

/** 1-based line of an offset (jsonc-parser's nodes carry offsets only). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
