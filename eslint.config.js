import { builtinModules } from 'node:module';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of the kiosk, enforced: which folder may import what (docs/architecture.md, "Layer rules").
 * Each `no-restricted-imports` entry below replaces the whole rule for its files, so every layer lists all of its bans.
 */
const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const ban = (names, message) => names.map((name) => ({ name, message }));
const NO_ELECTRON = ban(['electron'], 'Only main/ (wiring) and preload/ may import electron.');
const NO_NODE = (why) => ban(NODE_BUILTINS, why);
/** typescript-eslint turns `no-undef` off, so host globals are banned by name: the page's and Node's, not the language's. */
const HOST_GLOBALS = Object.keys({ ...globals.browser, ...globals.node }).filter((name) => !(name in globals.es2024));
const NO_VITE_GLOB = {
  selector: "MemberExpression[object.type='MetaProperty'][property.name='glob']",
  message: 'import.meta.glob is a Vite feature: only renderer/src may use it.',
};

export default tseslint.config(
  { ignores: ['dist', 'release', 'node_modules', 'test-results', 'playwright-report', 'review'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Node processes and tools: the main process, the build scripts, the tests and the config files.
  {
    files: ['main/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', '*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['main/policy/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: NO_ELECTRON }] },
  },
  // The contract and the domain run in Node and in the page: only the language itself, no host.
  {
    files: ['contract/**/*.ts', 'domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...HOST_GLOBALS.map((name) => ({ name, message: 'contract/ and domain/ run in Node and in the page: no host globals (DOM, process, timers).' }))],
      'no-restricted-imports': [
        'error',
        {
          paths: [...NO_ELECTRON, ...NO_NODE('contract/ and domain/ run in the page too: no Node modules.'), ...ban(['react', 'react-dom', 'howler'], 'contract/ and domain/ hold no UI and no audio playback.')],
          patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/scripts/**'], message: 'contract/ and domain/ import only each other.' }],
        },
      ],
      'no-restricted-syntax': ['error', NO_VITE_GLOB],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/src/**'], message: 'Build scripts share code with the page through domain/, never by importing renderer/src.' }] }],
      'no-restricted-syntax': ['error', NO_VITE_GLOB],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: { ...jsxA11y.flatConfigs.strict.languageOptions, globals: globals.browser },
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...ban(['electron'], 'The renderer reaches the main process only through window.kiosk (contract/kiosk-api.ts).'), ...NO_NODE('The renderer runs in a sandboxed page: no Node modules.')],
          patterns: [{ group: ['**/main/**', '**/preload/**', '**/scripts/**'], message: 'The renderer imports only domain/, contract/ and its own files.' }],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NO_NODE('The preload is a bridge only.'), patterns: [{ group: ['**/main/**', '**/renderer/**', '**/scripts/**', '**/domain/**'], message: 'The preload is a bridge only: it imports electron and contract/.' }] },
      ],
    },
  },
);
