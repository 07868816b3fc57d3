// A setup file of the site project: holds each site test file until the builds are done and served
// (test/support/site.setup.ts), and fails it with the build's output if a build failed.
import { inject } from 'vitest';
import { whenWritten } from './written';

const readyFile = inject('siteReadyFile');
if (readyFile) {
  const { error } = await whenWritten<{ error?: string }>(readyFile);
  if (error) throw new Error(`The site was not built, so no site test can run:\n${error}`);
}
