// Commands only the TODO lenses and quick fixes call. Two dots in the id keep them out of the contributed set.
export const TodoCommands = {
  revealIssue: 'releaseReadiness.todos.revealIssue',
  resolveReference: 'releaseReadiness.todos.resolveReference',
  removeComment: 'releaseReadiness.todos.removeComment',
} as const;
