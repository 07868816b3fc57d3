// Builds the site twice before the site tests: at the root and under a sub-path, each with its
// Pagefind index, exactly as `npm run build` does. TEST_DIST / TEST_DIST_SUB choose the folders.
import { execFileSync } from 'node:child_process';
import { DIST, DIST_SUB, SUB_PATH } from './site';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD) return; // re-run the site tests against an existing build
  // Without Vitest's NODE_ENV=test, which would make Vite build in development mode (import.meta.env.DEV).
  const { NODE_ENV: _, ...shell } = process.env;
  const build = (env: Record<string, string>) =>
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...shell, ...env } });
  build({ OUT_DIR: DIST });
  build({ OUT_DIR: DIST_SUB, BASE_PATH: SUB_PATH });
}
