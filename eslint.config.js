import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const uiLibs = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'd3',
  'd3-*',
  'zustand',
  'zustand/*',
  'katex',
  '@dagrejs/*',
];

export default tseslint.config(
  {
    ignores: [
      'src/engine/backend/wasm/assembly/**',
      'dist/**',
      'dist-*/**',
      '.ci-results/**',
      'node_modules/**',
      'public/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    // React's rules of hooks and the compiler-backed checks, every one an error (a warning is a bug we postpone).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: Object.fromEntries(Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error'])),
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure math: it depends on nothing else in the project and on no UI library.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibs, message: 'src/engine is pure math: no UI libraries.' },
            {
              group: ['**/book/**', '**/widgets/**', '**/state/**', '**/worker/**'],
              message: 'src/engine depends on nothing else in the project.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'src/engine runs in browsers and workers: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    // Widgets may use state, the worker client and the engine, never the reading app.
    files: ['src/widgets/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/book/**'], message: 'widgets must not depend on the reading app (src/book).' }] },
      ],
    },
  },
  {
    // The trainer's worker and the MNIST data loader run without a page: the engine only, no UI.
    files: ['src/worker/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibs, message: 'the worker and the data loader have no UI.' },
            {
              group: ['**/book/**', '**/widgets/**', '**/state/**'],
              message: 'src/worker and src/data depend only on the engine (and each other).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/book/**', '**/widgets/**'], message: 'state depends only on the engine.' }] },
      ],
    },
  },
);
