import { defineConfig } from 'vitest/config';

/**
 * No test may fail because the machine is slow or busy: every project gets limits far above
 * what a test needs on an idle machine, so a timeout means a test hung, not that it was slow.
 */
const GENEROUS = { testTimeout: 120_000, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          ...GENEROUS,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          ...GENEROUS,
          // Real builds and dev servers share the project's .astro/ folder: one file at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          ...GENEROUS,
        },
      },
    ],
  },
});
