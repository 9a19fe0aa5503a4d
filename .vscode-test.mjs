// Configuration for @vscode/test-cli users (`npx @vscode/test-cli` on a machine with internet access and desktop
// VS Code). It runs the same integration suite as `npm run test:integration` (code-server) and
// `npm run test:electron` (@vscode/test-electron).
export default {
  files: 'out/test/integration/suite/**/*.test.js',
  workspaceFolder: './test/fixtures/workspace',
  version: '1.139.1',
  mocha: { ui: 'bdd', timeout: 60000 },
};
