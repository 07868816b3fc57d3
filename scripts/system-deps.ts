// Runs before `npm test` (npm's `pretest`): the browser tests need Debian packages that npm cannot
// install: `chromium` (or another binary in CHROMIUM_PATH), `nginx` (test/site/nginx.test.ts serves the
// build with deploy/nginx.conf), `fonts-noto-cjk` (so that screenshots of the Chinese pages show
// Chinese, not boxes), and for WebKit and Gecko (test/site/engines.test.ts) `webkit2gtk-driver`
// (WebKitWebDriver and, through libwebkit2gtk, MiniBrowser), `firefox-esr` and `xvfb` (scripts/engines.ts). What is missing is installed with apt-get, as root or through `sudo -n`, with one
// `apt-get update` first. Where that cannot be done, it stops at once and prints the one command to run.
//
// SYSTEM_DEPS_DRY_RUN=1 prints the commands instead of running them; SYSTEM_DEPS_PRETEND_MISSING=nginx,...
// treats those packages as missing. Both exist so that the install path can be tried on a machine that
// has everything, without uninstalling anything.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './chromium.ts';
import { findMiniBrowser, FIREFOX_PATH, WEBKIT_DRIVER_PATH, XVFB_PATH } from './engines.ts';

/** nginx on PATH or where Debian installs it (/usr/sbin, which a user's PATH may lack); undefined if none. */
export function findNginx(path = process.env.PATH ?? ''): string | undefined {
  const dirs = [...path.split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin'];
  return dirs.map((dir) => join(dir, 'nginx')).find((file) => existsSync(file));
}

const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

function hasCjkFonts(): boolean {
  const installed = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Status}', 'fonts-noto-cjk'], { encoding: 'utf8' });
  if (installed.stdout === 'installed') return true;
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return /Noto Sans CJK/i.test(fonts.stdout ?? '');
}

/** The Debian packages the tests need, each with how to tell it is there. */
export const PACKAGES = [
  { name: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
  { name: 'nginx', present: () => findNginx() !== undefined },
  { name: 'fonts-noto-cjk', present: hasCjkFonts },
  { name: 'webkit2gtk-driver', present: () => existsSync(WEBKIT_DRIVER_PATH) && findMiniBrowser() !== undefined },
  { name: 'firefox-esr', present: () => existsSync(FIREFOX_PATH) },
  { name: 'xvfb', present: () => existsSync(XVFB_PATH) },
] as const;

/** Root; sudo without a password; sudo that would ask for one (not here: npm test runs unattended); neither. */
export type Privilege = 'root' | 'sudo' | 'sudo-password' | 'none';

export type Plan =
  { action: 'nothing' } | { action: 'install'; commands: string[][] } | { action: 'stop'; message: string };

/**
 * What to do about the missing packages: nothing, the apt-get commands to run (update once, then one
 * install), or a message that names the one command a person must run.
 */
export function plan(missing: string[], how: { privilege: Privilege; hasApt: boolean; chromiumPath?: string }): Plan {
  if (missing.length === 0) return { action: 'nothing' };
  // A CHROMIUM_PATH that points at nothing is a typo that apt-get cannot fix.
  if (missing.includes('chromium') && how.chromiumPath)
    return {
      action: 'stop',
      message: `CHROMIUM_PATH is ${how.chromiumPath}, where there is no file: point it at a Chromium binary, or unset it to use Debian's (apt-get install -y chromium).`,
    };
  const install = ['apt-get', 'install', '-y', ...missing];
  const command = `apt-get update && ${install.join(' ')}`;
  if (!how.hasApt)
    return {
      action: 'stop',
      message: `The browser tests need ${missing.join(', ')}, and there is no apt-get here. On Debian: ${command}`,
    };
  if (how.privilege === 'sudo-password' || how.privilege === 'none') {
    const asRoot =
      how.privilege === 'sudo-password' ? `sudo apt-get update && sudo ${install.join(' ')}` : `su -c '${command}'`;
    return {
      action: 'stop',
      message: `The browser tests need ${missing.join(', ')}. Run this, then npm test again:\n\n  ${asRoot}\n`,
    };
  }
  const sudo = how.privilege === 'sudo' ? ['sudo', '-n'] : [];
  return {
    action: 'install',
    commands: [
      [...sudo, 'apt-get', 'update'],
      [...sudo, ...install],
    ],
  };
}

function privilege(): Privilege {
  if (process.getuid?.() === 0) return 'root';
  if (succeeds('sudo', ['-n', 'true'])) return 'sudo';
  return succeeds('sudo', ['--version']) ? 'sudo-password' : 'none';
}

function main() {
  const pretend = (process.env.SYSTEM_DEPS_PRETEND_MISSING ?? '').split(',').filter(Boolean);
  const missing = PACKAGES.filter((p) => pretend.includes(p.name) || !p.present()).map((p) => p.name);
  const next = plan(missing, {
    privilege: privilege(),
    hasApt: succeeds('apt-get', ['--version']),
    chromiumPath: process.env.CHROMIUM_PATH,
  });
  if (next.action === 'nothing') return;
  if (next.action === 'stop') {
    console.error(`\n${next.message}`);
    process.exit(1);
  }
  console.log(`Installing what the browser tests need: ${missing.join(', ')}`);
  for (const [command, ...args] of next.commands) {
    console.log(`$ ${[command, ...args].join(' ')}`);
    if (process.env.SYSTEM_DEPS_DRY_RUN) continue;
    const run = spawnSync(command!, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      console.error(
        `\n"${[command, ...args].join(' ')}" failed (exit ${run.status}). Run it by hand, then npm test again.`,
      );
      process.exit(1);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
