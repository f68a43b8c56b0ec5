// ESLint for the TypeScript across the project; the statistics island (React) also gets the hooks and
// accessibility rules. Formatting is Prettier's (npm run format), not ESLint's.
import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'data',
      'scratch',
      'cms/.next',
      '.astro',
      'cms/migrations',
      'cms/app/(payload)/admin/importMap.js',
      'shared/payload-types.ts',
      'bench/results',
      'site/env.d.ts',
      'cms/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // An unused argument or binding named with a leading underscore is deliberate (a destructured field left out).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['site/components/**/*.tsx', 'cms/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    // Configuration files run in Node.
    files: ['**/*.mjs', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', console: 'readonly' } },
  },
  {
    files: ['site/public/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        location: 'readonly',
        history: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
        encodeURIComponent: 'readonly',
      },
    },
  },
)
