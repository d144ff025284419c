import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'buffer',
  'stream',
]

/** The layer rule: core ← shared ← {main, preload, renderer, cli}. Each layer names what it may not import. */
const layerRules = [
  {
    files: ['src/core/**/*.ts'],
    patterns: [
      {
        group: ['electron', 'electron/*', ...NODE_BUILTINS],
        message: 'The core is pure: no Electron or Node.',
      },
      {
        group: ['react', 'react-dom', 'react-dom/*', 'reveal.js', 'reveal.js/*'],
        message: 'The core has no UI.',
      },
      {
        group: ['**/shared/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**'],
        message: 'The core depends on no shell.',
      },
    ],
    globals: ['window', 'document', 'localStorage', 'navigator', 'process', 'Buffer', 'require'],
  },
  {
    files: ['src/shared/**/*.ts'],
    patterns: [
      {
        group: ['electron', 'electron/*', ...NODE_BUILTINS, 'react', 'reveal.js'],
        message: 'shared/ is isomorphic.',
      },
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**'],
        message: 'shared/ depends on no shell.',
      },
    ],
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    patterns: [
      {
        group: ['electron', 'electron/*', ...NODE_BUILTINS],
        message: 'The renderer reaches main only through its host adapter.',
      },
      {
        group: ['**/main/**', '**/preload/**', '**/cli/**'],
        message: 'The renderer imports core and shared only.',
      },
    ],
  },
  {
    files: ['src/preload/**/*.ts'],
    patterns: [
      { group: NODE_BUILTINS, message: 'The sandboxed preload has no Node.' },
      {
        group: ['**/core/**', '**/main/**', '**/renderer/**', '**/cli/**', 'zod'],
        message: 'The preload is the smallest bridge.',
      },
    ],
  },
  {
    files: ['src/main/**/*.ts'],
    patterns: [
      {
        group: ['react', 'react-dom', 'reveal.js'],
        message: 'No UI code outside the renderer.',
      },
      // In-app exports build the same documents as the CLI, with the renderer's exporters and nothing else.
      {
        regex: 'renderer/(?!src/export/)',
        message: "Main uses only the renderer's exporters.",
      },
    ],
  },
  {
    files: ['src/cli/**/*.ts'],
    patterns: [
      { group: ['electron', 'electron/*', '**/main/**'], message: 'The CLI runs on plain Node.' },
      { group: ['react', 'react-dom', 'reveal.js'], message: 'No UI code in the CLI.' },
      // Exports render the app's own slide markup; nothing else of the renderer belongs in the CLI.
      {
        regex: 'renderer/(?!src/export/)',
        message: "The CLI uses only the renderer's exporters.",
      },
    ],
  },
]

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...layerRules.map(({ files, patterns, globals }) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      ...(globals ? { 'no-restricted-globals': ['error', ...globals] } : {}),
    },
  })),
)
