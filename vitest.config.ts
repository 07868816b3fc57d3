import { defineConfig } from 'vitest/config';

// Three projects: pure units (engine, calculators, content), Preact components in jsdom, and the built
// site in Debian's Chromium (globalSetup starts the builds of dist/ and a sub-path build, which run
// beside the unit and component tests, one Chromium, and one server of dist/ once it is built;
// test/support/site-ready.ts holds each site file until then). groupOrder runs the projects' tests
// one after another.
// Nothing here asserts on time: timings are in `npm run bench`.
export default defineConfig({
  test: {
    // Limits on waiting are for a hung test, not a slow machine: Vitest's defaults (5 s a test, 1 s for
    // expect.poll) failed a property test on a busy machine. Tests assert results, never how soon.
    testTimeout: 60_000,
    expect: { poll: { timeout: 30_000 } },
    // Vitest's default is one worker fewer than the cores: on 2 cores, one file at a time, with the
    // other core idle whenever that file waits. Every core instead (the site project: one file, below).
    maxWorkers: '100%',
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
          globalSetup: ['test/support/site.setup.ts'],
          setupFiles: ['test/support/site-ready.ts'],
          sequence: { groupOrder: 2 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One file at a time: on 2 cores with a busy loop beside them, two files at once each ran about
          // twice as slowly (checker 174 -> 289 s) and gained little, and a browser test starved of CPU
          // is where a click lands while the page is still starting. They share one Chromium (each with
          // contexts of its own) and one server of the read-only build; every file that serves or copies
          // anything else does so on a free port and in a folder of its own, so SITE_WORKERS=2 runs two.
          maxWorkers: Number(process.env.SITE_WORKERS) || 1,
          // One worker runs every site file, importing Playwright and the support modules once rather
          // than once a file (0.5-0.9 s each). Each file opens pages and contexts of its own and closes
          // them; the support modules keep only what does not change during a run (parsed built pages).
          isolate: false,
        },
      },
    ],
  },
});
