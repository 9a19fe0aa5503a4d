// ESLint flat config. The `no-restricted-imports` fence keeps `vscode` out of the pure folders, so their code
// runs in plain Node (unit tests, the CLI).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscode = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'vscode', message: 'core/, scan/, trackers/, cli/, webview/ and protocol.ts must not import vscode: inject a port instead.' }],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '.bench/**', 'demo/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  { files: ['src/core/**/*.ts', 'src/scan/**/*.ts', 'src/trackers/**/*.ts', 'src/git/**/*.ts', 'src/ship/**/*.ts', 'src/cli/**/*.ts', 'src/protocol.ts', 'src/webview/**/*.ts'], rules: noVscode },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'Buffer', '__dirname', 'require', 'fetch', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'queueMicrotask', 'performance'].map((name) => [name, 'readonly']),
      ),
    },
  },
);
