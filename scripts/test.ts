// `npm test` (after the pretest step, scripts/system-deps.ts): the type check (`astro check`), Prettier's
// format check and Vitest, side by side rather than one after another, and fails if any of them fails.
// Arguments go to Vitest (`npm test -- test/unit/logic.test.ts`).
//
// Why side by side: on a 2-core machine much of the browser tests' time is spent waiting for a page, and
// the two checks (about a minute and a half together) fit in those waits. Prettier only reads, so it
// starts at once. `astro check` starts once the site tests' builds are done: it syncs the content types
// into .astro/ and reads them there, where each build writes them too (not atomically), so the two never
// run at the same time. The site setup (test/support/site.setup.ts) writes SITE_READY_FILE when the
// builds are done; a run without site tests never writes it, and the check then starts when Vitest ends.
// When every test runs, that setup also measures Lighthouse's scores beside the site files (which run
// one at a time) and writes them to SITE_LIGHTHOUSE_FILE for test/site/budgets.test.ts.
// A check's output is printed when Vitest is done (so that it does not cut through Vitest's report), and
// only if it failed. The last lines name every failed test with its message's first lines (read from
// Vitest's JSON report), so that a log cut to its tail, as CI shows it, still says what failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

interface Result {
  name: string;
  code: number;
  seconds: number;
  output: string;
}

/** Runs a command of node_modules/.bin (npm puts it on PATH); `quiet` keeps its output for later. */
function run(name: string, args: string[], quiet: boolean, env = process.env): Promise<Result> {
  const start = performance.now();
  return new Promise((done) => {
    const child = spawn(name, args, { env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (code: number) =>
      done({
        name: [name, ...args.filter((arg) => !arg.startsWith('--reporter') && !arg.startsWith('--outputFile'))].join(
          ' ',
        ),
        code,
        seconds: (performance.now() - start) / 1000,
        output: Buffer.concat(output).toString(),
      });
    child.on('error', (error) => {
      output.push(Buffer.from(String(error)));
      finish(1);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'npm-test-'));
const readyFile = join(dir, 'site-ready.json');
// Lighthouse's scores, measured by the site setup beside the site files when every test runs.
const lighthouseFile = process.argv.length > 2 ? '' : join(dir, 'lighthouse.json');
const reportFile = join(dir, 'vitest.json');
let vitestDone = false;

/** "file > test: message" for each failed test or file in Vitest's JSON report (Jest's format). */
function failures(): string[] {
  if (!existsSync(reportFile)) return [];
  interface Test {
    fullName: string;
    status: string;
    failureMessages: string[];
  }
  interface File {
    name: string;
    status: string;
    message: string;
    assertionResults: Test[];
  }
  const { testResults } = JSON.parse(readFileSync(reportFile, 'utf8')) as { testResults: File[] };
  const firstLines = (message: string) => message.split('\n').filter(Boolean).slice(0, 2).join('\n    ');
  const where = (file: string) => file.replace(`${process.cwd()}/`, '');
  return testResults.flatMap((file) => {
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    if (failed.length === 0 && file.status === 'failed') return [`${where(file.name)}: ${firstLines(file.message)}`];
    return failed.map(
      (test) => `${where(file.name)} > ${test.fullName}: ${firstLines(test.failureMessages.join('\n'))}`,
    );
  });
}

const prettier = run('prettier', ['--check', '.'], true);
const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`];
const vitest = run('vitest', ['run', ...reporters, ...process.argv.slice(2)], false, {
  ...process.env,
  SITE_READY_FILE: readyFile,
  SITE_LIGHTHOUSE_FILE: lighthouseFile,
}).then((result) => {
  vitestDone = true;
  return result;
});
const check = (async () => {
  // Looked for every half second: a check, not a fixed wait.
  while (!vitestDone && !existsSync(readyFile)) await sleep(500);
  return run('astro', ['check'], true);
})();

const results = await Promise.all([vitest, prettier, check]);
for (const { name, code, output } of results.slice(1)) if (code !== 0) process.stdout.write(`\n> ${name}\n${output}`);
const failed = failures();
rmSync(dir, { recursive: true, force: true });
process.stdout.write('\n');
for (const line of failed) process.stdout.write(`failed test: ${line}\n`);
for (const { name, code, seconds } of results)
  process.stdout.write(`${code === 0 ? 'passed' : 'FAILED'}: ${name} (${Math.round(seconds)} s)\n`);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
