// Lint: strict TypeScript rules, and the one architectural rule that matters most:
// src/core is pure, so it may import nothing outside src/core (type imports included)
// and no Node built-in.
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.tongzhou/**', 'data/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: './src',
              except: ['./core'],
              message: 'src/core is pure: it may import only from src/core.',
            },
            {
              target: './src/core',
              from: './web',
              message: 'src/core may not import the web app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Unit tests of core may read the real data files beside the project, so only non-test core code
    // is barred from Node built-ins and I/O libraries.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*'],
              message: 'src/core is pure: no Node built-ins (no I/O, no clock).',
            },
          ],
          paths: [
            'fs',
            'path',
            'os',
            'child_process',
            'http',
            'net',
            'crypto',
            'worker_threads',
            'pg',
            '@electric-sql/pglite',
            'drizzle-orm',
            'fastify',
          ].map((name) => ({
            name,
            message: 'src/core is pure: no I/O libraries.',
          })),
        },
      ],
    },
  },
);
