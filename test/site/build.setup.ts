// Builds the site twice before the site tests: at the root (dist/) and under a sub-path
// (dist-sub/, base /trial/), each with its Pagefind index, exactly as `npm run build` does.
import { execFileSync } from 'node:child_process';

export const SUB_PATH = '/trial/';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD) return; // for re-running site tests against an existing build
  const build = (env: Record<string, string>) =>
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env, ...env } });
  build({ OUT_DIR: 'dist' });
  build({ OUT_DIR: 'dist-sub', BASE_PATH: SUB_PATH });
}
