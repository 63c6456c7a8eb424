import { readdirSync } from 'node:fs';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// One zone per client feature: it may import itself, never another feature (bulletproof-react).
const features = readdirSync(new URL('client/src/features', import.meta.url));
const featureZones = features.map((feature) => ({
  target: `./client/src/features/${feature}`,
  from: './client/src/features',
  except: [`./${feature}`],
  message: 'A feature never imports another feature: move what both need to lib or components.',
}));

export default defineConfig(
  { ignores: ['**/node_modules/**', 'client/dist/**', 'var/**'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Each file is linted with the tsconfig project that holds it (JS ones: scripts' project).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Counts and years are interpolated everywhere; they print as they should.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // With noUncheckedIndexedAccess, `!` is how the code states that a lookup it has just made
      // sure of exists; a throw at each of those places would only add noise.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `() => setOpen(false)` returning void is the idiom of every event handler.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // An interface that extends one type gives it a name declaration files can print.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
      // The few deletes remove a key from a copy the function owns (draft records, test requests).
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    // Tests read responses through inject().json() and page.evaluate (typed any) and check their
    // shape with expect, which fails loudly on a wrong one.
    files: ['**/*.test.ts', 'server/test/**/*.ts', 'client/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Fastify plugins, hooks and handlers must be async functions even when they await nothing.
    files: ['server/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads no .ts file's imports, and no-cycle finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: 'tsconfig.json',
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: './shared',
              from: ['./server', './client', './scripts'],
              message: 'shared is used by server and client alike: it imports neither.',
            },
            {
              target: './client/src',
              from: ['./server', './scripts'],
              message: 'The client talks to the server over HTTP; share code through shared.',
            },
            {
              target: ['./client/src/lib', './client/src/components'],
              from: ['./client/src/features', './client/src/app'],
              message: 'Imports flow lib/components → features → app.',
            },
            {
              target: './client/src/features',
              from: './client/src/app',
              message: 'Imports flow lib/components → features → app.',
            },
          ],
        },
      ],
    },
  },
  {
    // shared runs in the browser too: no Node built-ins outside its tests.
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['client/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.strict],
    rules: {
      // A table that scrolls sideways is a labelled region that must take focus, so that keyboard
      // users can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
);
