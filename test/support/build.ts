// Builds the site twice for the site tests: at the root and under a sub-path, each with its Pagefind
// index, exactly as `npm run build` does. TEST_DIST / TEST_DIST_SUB choose the folders. The builds run
// in a child process while the unit and component tests run (test/support/site.setup.ts starts them,
// test/support/site-ready.ts holds each site test file until they are done): on 2 cores that overlap
// is most of a minute. Each build's output is printed whole when it ends, not interleaved with the
// tests' reports.
import { spawn, type ChildProcess } from 'node:child_process';
import { DIST, DIST_SUB, SUB_PATH } from './site';

export interface Builds {
  /** Resolves when both builds are done; rejects with the failing build's output. */
  done: Promise<void>;
  /** Ends a build still running (the test run was stopped). */
  stop(): void;
}

export function startBuilds(): Builds {
  let child: ChildProcess | undefined;
  let stopped = false;
  // Without Vitest's NODE_ENV=test, which would make Vite build in development mode (import.meta.env.DEV).
  const { NODE_ENV: _, ...shell } = process.env;
  const build = (env: Record<string, string>) =>
    new Promise<void>((ok, fail) => {
      if (stopped) return fail(new Error('the test run stopped before the site was built'));
      const output: Buffer[] = [];
      child = spawn('npm', ['run', 'build', '--silent'], {
        env: { ...shell, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (chunk: Buffer) => output.push(chunk));
      child.stderr!.on('data', (chunk: Buffer) => output.push(chunk));
      child.on('error', fail);
      child.on('close', (code, signal) => {
        const text = Buffer.concat(output).toString();
        process.stdout.write(`\n[site build ${JSON.stringify(env)}]\n${text}\n`);
        if (code === 0) ok();
        else
          fail(new Error(`npm run build with ${JSON.stringify(env)} failed (${signal ?? `exit ${code}`}):\n${text}`));
      });
    });
  // One after the other: both write the same .astro/ and node_modules/.astro/ (content sync, types).
  const done = build({ OUT_DIR: DIST }).then(() => build({ OUT_DIR: DIST_SUB, BASE_PATH: SUB_PATH }));
  return {
    done,
    stop() {
      stopped = true;
      if (child && child.exitCode === null) child.kill();
    },
  };
}
