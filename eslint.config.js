import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'bench/results*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The domain core is pure: no React, no state library, no layout engine, no storage, no DOM.
    files: ['src/domain/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', '@xyflow/*'], message: 'domain/ is pure: no React.' },
            { group: ['zustand', 'zustand/*'], message: 'domain/ is pure: no store.' },
            { group: ['@dagrejs/*'], message: 'domain/ is pure: layout lives in layout/.' },
            { group: ['idb-keyval', '**/storage/**'], message: 'domain/ is pure: no storage.' },
            {
              group: [
                '**/ui/**',
                '**/store/**',
                '**/layout/**',
                '**/session/**',
                '**/export/**',
                '**/share/**',
                '**/cli/**',
                '**/seeds/**',
              ],
              message: 'domain/ imports nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ImportExpression[source.value=/(^|\\/)(ui|store|layout|session|export|share|cli|seeds|storage)\\//]',
          message: 'domain/ imports nothing outside itself.',
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    // Layers import downward only: domain ← layout, storage, export ← store ← session (the app shell) ← ui. Storage
    // takes plain records (the session binds it to the store); layout takes a catalog and positions; export takes
    // plain data (store/exportData.ts builds it, the UI hands it in).
    files: ['src/layout/**/*.{ts,tsx}', 'src/storage/**/*.{ts,tsx}', 'src/export/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/ui/**', '**/session/**'],
              message: 'layout/, storage/ and export/ import only downward: move the code, not the fence.',
            },
          ],
        },
      ],
      // no-restricted-imports does not see import(): the same fence for code loaded on demand.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)(store|ui|session)\\//]',
          message: 'layout/, storage/ and export/ import only downward: move the code, not the fence.',
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/session/**'],
              message: 'store/ imports only downward (domain, layout, storage, export).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)(ui|session)\\//]',
          message: 'store/ imports only downward (domain, layout, storage, export).',
        },
      ],
    },
  },
  {
    // UI reads and writes through the store; storage is the store's subscriber, never the components'.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/storage/**', 'idb-keyval'], message: 'ui/ talks to the store, not to storage.' },
          ],
        },
      ],
    },
  },
);
