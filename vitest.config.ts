import { defineConfig } from 'vitest/config';

// Three projects: pure units (engine, calculators, content), Preact components in jsdom, and the
// built site in Debian's Chromium (test/site builds dist/ and a sub-path build once, in globalSetup).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        // groupOrder runs the projects one after another, so timing tests don't share the CPU with Chromium.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'components', include: ['test/components/**/*.test.{ts,tsx}'], environment: 'jsdom', sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/site/build.setup.ts'],
          sequence: { groupOrder: 2 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
