import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Import boundaries from DESIGN.md: a wrong import fails lint, and so `npm test`. */
const restrict = ({ paths = [], patterns = [] }) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

const noNode = nodeBuiltins.map((name) => ({ name, message: 'This code runs without Node: no Node built-ins.' }));
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
/** A folder under electron/, however it is reached: `../core/x` from a sibling, `../../core/x` from deeper. */
const siblings = (...folders) => folders.flatMap((folder) => [`**/${folder}/**`, `**/${folder}`]);
const electronExcept = (allowed, where) => ({
  name: 'electron',
  importNames: allowed,
  message: `${allowed.join(' and ')} belong to ${where} only.`,
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/**'],
    rules: restrict({
      paths: [...noNode, noElectron, { name: 'react', message: 'shared/ is UI-free.' }],
      patterns: [{ group: ['**/electron/**', '**/renderer/**', '**/simulator/**'], message: 'shared/ depends on nothing else in the project.' }],
    }),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict({
        paths: [...noNode, noElectron],
        patterns: [
          { group: ['**/electron/**', '**/simulator/**'], message: 'The renderer reaches the main side only through its bridge.' },
          {
            group: ['**/shared/contract'],
            allowTypeImports: true,
            message: 'Take runtime values from shared/channels or shared/events: contract.ts carries the request schemas (and zod) that only the main side needs.',
          },
        ],
      }),
    },
  },
  {
    files: ['electron/core/**', 'electron/serve/**'],
    rules: restrict({
      paths: [{ name: 'electron', message: 'Core services and browser mode run in plain Node: no electron.' }],
      patterns: [{ group: ['**/renderer/**', ...siblings('main', 'preload')], message: 'Keep runtime glue out of core.' }],
    }),
  },
  {
    files: ['electron/main/**'],
    rules: restrict({
      paths: [electronExcept(['ipcRenderer', 'contextBridge'], 'electron/preload')],
      patterns: [{ group: ['**/renderer/**', ...siblings('preload', 'serve')], message: 'electron/main composes core only.' }],
    }),
  },
  {
    files: ['electron/preload/**'],
    rules: restrict({
      paths: [...noNode, electronExcept(['ipcMain'], 'electron/main')],
      patterns: [{ group: ['**/renderer/**', ...siblings('main', 'core', 'serve')], message: 'The preload uses only the contract.' }],
    }),
  },
  {
    files: ['simulator/**', 'bench/**', 'e2e/**', 'scripts/**', 'support/**'],
    rules: restrict({ paths: [electronExcept(['ipcMain', 'ipcRenderer', 'contextBridge'], 'electron/main and electron/preload')] }),
  },
);
