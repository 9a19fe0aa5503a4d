// The ticked / unticked tasks of the release checklist body, for the criteria engine and the report. Read with
// the same task-list parser as the checklist view, so the criterion and the view always agree on the items.
import { parseTaskList } from './taskList';

export interface ChecklistTask {
  readonly text: string;
  readonly checked: boolean;
}

export function checklistTasks(body: string): ChecklistTask[] {
  return parseTaskList(body).map((item) => ({ text: item.text, checked: item.checked }));
}

export interface ChecklistProgress {
  readonly done: number;
  readonly total: number;
}

export function checklistProgress(body: string): ChecklistProgress {
  const tasks = checklistTasks(body);
  return { done: tasks.filter((t) => t.checked).length, total: tasks.length };
}
