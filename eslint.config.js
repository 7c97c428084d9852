// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The folders of src/lib, lowest tier first: a folder may import its own tier and the ones before it. */
const LIB_TIERS = ['text', 'content', 'check', 'models', 'exports', 'search', 'routes'];

/** import-x/no-restricted-paths zones: no import from a higher tier to a lower one. */
function tierZones() {
  const zones = [
    {
      target: './src/schemas',
      from: ['./src/lib', './src/components', './src/pages', './src/layouts'],
      message: 'The schemas are the data contract: they import nothing of the engine.',
    },
    {
      target: './src/lib',
      from: ['./src/components', './src/pages', './src/layouts'],
      message: 'src/lib renders nothing: it may not import components, layouts or pages.',
    },
    {
      target: './src/components',
      from: ['./src/lib/routes', './src/lib/check'],
      message: 'Components render what their page hands them: only pages call route modules.',
    },
  ];
  LIB_TIERS.forEach((tier, index) => {
    const higher = LIB_TIERS.slice(index + 1);
    if (higher.length === 0) return;
    zones.push({
      target: `./src/lib/${tier}`,
      from: higher.map((other) => `./src/lib/${other}`),
      message: `src/lib/${tier}/ sits below ${higher.join(', ')}: import downwards only (see CONTRIBUTING.md).`,
    });
  });
  return zones;
}

/** Astro's modules and components; `astro/zod` is zod itself, which the data contract uses everywhere. */
const ASTRO_MODULES = String.raw`^astro(?:$|:|/(?!zod$))|\.astro$`;

export default defineConfig(
  {
    ignores: [
      '.cache/',
      'dist/',
      'dist.*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'schemas/',
      'test-output/',
      'bench-output/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // Numbers read naturally in messages ("order 2", "935 days ago").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Leaving fields out of a copy with a rest pattern names the fields it leaves out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, projectService: false, project: true },
    },
    rules: {
      // The Astro parser gives template expressions (JSX in .map, render()) no type, so
      // these rules would flag every element; `astro check` type-checks those files instead.
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js'] })],
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // A file or function this long is several ideas: split it where the ideas part.
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: tierZones() }],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/routes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'astro:content', message: 'Only the route modules (src/lib/routes/) read the collections.' }],
        },
      ],
    },
  },
  {
    files: ['src/lib/models/**/*.ts', 'src/lib/text/**/*.ts', 'src/lib/content/**/*.ts', 'src/lib/check/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: ASTRO_MODULES, message: 'Models, readers and the checker are plain TypeScript: no Astro module.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
