// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'examples/**', 'templates/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Our output format separates fields with two spaces; tests match it literally.
  { rules: { 'no-regex-spaces': 'off' } },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The extension's pure parts are unit-tested under plain Node, where there is no vscode module.
    files: ['extension/src/lineage/{layout,html,escape,navigation,name-at,webview-assets}.ts', 'extension/src/{status-text,cli-task,project-root}.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'keep this file testable without VS Code' }] }] },
  },
  {
    // core is the language service: it returns data; the CLI and the server do the talking.
    files: ['core/src/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'exit', message: 'core returns results; the CLI decides exit codes' }],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-*'], message: 'core must not depend on the editor' },
          { group: ['@oclif/*'], message: 'core must not depend on the CLI framework' },
          { group: ['@strata/cli', '@strata/language-server'], message: 'dependencies point from cli/server to core, never back' },
        ],
      }],
    },
  },
);
