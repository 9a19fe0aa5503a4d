// The chat participant and language-model tool names package.json contributes (contributes.chatParticipants,
// contributes.languageModelTools). Kept with the chat surface: nothing else refers to them.
export const CHAT_PARTICIPANT_ID = 'releaseReadiness.release';

export const ToolNames = {
  status: 'release_status',
  blockers: 'release_blockers',
  todos: 'release_todos',
  markResolved: 'release_mark_resolved',
} as const;
