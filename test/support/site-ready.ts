// A setup file of the site project: holds each site test file until the builds are done and served
// (test/support/site.setup.ts), and fails it with the build's output if a build failed. It looks for
// the file that says so every 200 ms (a check, not a fixed wait).
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

const readyFile = inject('siteReadyFile');
if (readyFile) {
  while (!existsSync(readyFile)) await sleep(200);
  const { error } = JSON.parse(readFileSync(readyFile, 'utf8')) as { error?: string };
  if (error) throw new Error(`The site was not built, so no site test can run:\n${error}`);
}
