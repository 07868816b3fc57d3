import { defineConfig } from 'vitest/config';

// Three projects: pure units (engine, calculators, content), Preact components in jsdom, and the built
// site in Debian's Chromium (globalSetup builds dist/ and a sub-path build once, then starts one
// Chromium and one server of dist/ for every file). groupOrder runs the projects one after another.
// Nothing here asserts on time: timings are in `npm run bench`.
export default defineConfig({
  test: {
    // Limits on waiting are for a hung test, not a slow machine: Vitest's defaults (5 s a test, 1 s for
    // expect.poll) failed a property test on a busy machine. Tests assert results, never how soon.
    testTimeout: 60_000,
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['test/components/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/components/setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/build.setup.ts', 'test/support/browser.setup.ts'],
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
