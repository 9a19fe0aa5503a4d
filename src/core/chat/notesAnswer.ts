// `@release /notes`: draft release notes (core/notes/) as a chat answer.
import { buildReleaseNotes } from '../notes/releaseNotes';
import type { ReleaseReport } from '../report/report';
import { button, markdown, type ChatPart } from './chatParts';
import { notLoadedAnswer } from './statusAnswer';

export function notesAnswer(report: ReleaseReport | null): ChatPart[] {
  if (report === null) return notLoadedAnswer();
  return [markdown(buildReleaseNotes(report, { links: false })), button({ kind: 'openReport' })];
}
