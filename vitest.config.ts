import { defineConfig } from 'vitest/config';

// Four projects: pure units (engine, calculators, content), the engine's timing budget, Preact
// components in jsdom, and the built site in Debian's Chromium (test/site builds dist/ and a sub-path
// build once, in globalSetup). groupOrder runs the projects one after another, so the timing test
// shares the CPU with nothing (evaluate's median is higher with other tests beside it; budget 20 µs).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'timing',
          include: ['test/timing/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['test/components/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/site/build.setup.ts', 'test/site/browser.setup.ts'],
          sequence: { groupOrder: 3 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
