import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Interface text in English unless a test chooses another catalogue (test/unit/i18n/).
          setupFiles: ['test/unit/setup-i18n.ts'],
          // Property tests run thousands of cases; on a shared two-core machine 5 s is not enough headroom.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Browser tests share two cores: run files one after another, and give a cold browser time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
