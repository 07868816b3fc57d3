// The build time (`npm run bench` prints it as one measure of the machine's speed).
import { spawnSync } from 'node:child_process';

/** Times `npm run build` (Astro + Pagefind) into `outDir`, in seconds. */
export function timeBuild(outDir = 'dist'): number {
  const start = performance.now();
  const run = spawnSync('npm', ['run', 'build', '--silent'], {
    env: { ...process.env, OUT_DIR: outDir },
    stdio: 'ignore',
  });
  if (run.status !== 0) throw new Error('npm run build failed');
  return (performance.now() - start) / 1000;
}
