// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
