import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const pureCoreBan = {
  patterns: [
    { group: ['svelte', 'svelte/*'], message: 'The core is pure: no Svelte here.' },
    { group: ['dexie', 'dexie/*'], message: 'The core is pure: storage goes through src/storage.' },
    { group: ['comlink'], message: 'The core is pure: workers wrap it, not the other way.' },
  ],
};

export default ts.config(
  {
    ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', 'tests/bench/results/', '.ci/'],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: { 'svelte/no-at-html-tags': 'error' },
  },
  {
    files: ['src/lifecycle/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCoreBan],
      'no-restricted-globals': ['error', 'document', 'window', 'self', 'localStorage', 'indexedDB'],
    },
  },
);
