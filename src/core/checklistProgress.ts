// The ticked / unticked tasks of the release checklist body, for the criteria engine and the report.
// A deliberately small reader: GitHub task-list items (`- [ ]`, `* [x]`, `1. [X]`) outside fenced code blocks.
// It lives behind this one function so it can switch to the shared task-list parser without touching callers.

export interface ChecklistTask {
  readonly text: string;
  readonly checked: boolean;
}

const TASK = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[([ xX])\](?:\s+(.*))?$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

export function checklistTasks(body: string): ChecklistTask[] {
  const tasks: ChecklistTask[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const marker = FENCE.exec(line)?.[1];
    if (marker !== undefined) {
      // A fence closes only with the same character, at least as long as the opening one (CommonMark).
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const match = TASK.exec(line);
    if (match) tasks.push({ checked: match[1] !== ' ', text: (match[2] ?? '').trim() });
  }
  return tasks;
}

export interface ChecklistProgress {
  readonly done: number;
  readonly total: number;
}

export function checklistProgress(body: string): ChecklistProgress {
  const tasks = checklistTasks(body);
  return { done: tasks.filter((t) => t.checked).length, total: tasks.length };
}
