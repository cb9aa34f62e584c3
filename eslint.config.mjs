// ESLint 9 flat config: TypeScript (type-aware), React hooks, Next.js. Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import nextPlugin from '@next/eslint-plugin-next';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'out/**',
      'node_modules/**',
      'bench/floor/.next/**',
      'bench/.synthetic/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'tmp/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
    settings: { next: { rootDir: '.' } },
  },
  {
    files: ['**/*.{mjs,js,cjs,jsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Next.js loads next.config.js as CommonJS.
    files: ['**/next.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Stopping a server that is already gone, or polling one not yet up, is allowed to fail.
    files: ['bench/**', 'scripts/**', 'tests/**'],
    rules: { 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
  {
    // Playwright requires the fixtures argument to be destructured, even when no fixture is used.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
