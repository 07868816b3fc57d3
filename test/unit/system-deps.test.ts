// What `npm test`'s pretest step (scripts/system-deps.ts) does about missing Debian packages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMiniBrowser } from '../../scripts/engines.ts';
import { findNginx, PACKAGES, plan } from '../../scripts/system-deps.ts';

describe('the set-up before npm test', () => {
  it('checks for chromium, nginx, fonts-noto-cjk and the two other engines with their virtual display', () => {
    expect(PACKAGES.map((p) => p.name)).toEqual([
      'chromium',
      'nginx',
      'fonts-noto-cjk',
      'webkit2gtk-driver',
      'firefox-esr',
      'xvfb',
    ]);
  });

  it('tells each package is there by a file of its own, and says true or false', () => {
    for (const p of PACKAGES) expect(typeof p.present()).toBe('boolean');
  });

  it('installs the engines with the rest in one apt-get install', () => {
    const next = plan(['webkit2gtk-driver', 'firefox-esr', 'xvfb'], { privilege: 'root', hasApt: true });
    expect(next.action === 'install' && next.commands[1]).toEqual([
      'apt-get',
      'install',
      '-y',
      'webkit2gtk-driver',
      'firefox-esr',
      'xvfb',
    ]);
  });

  it("finds MiniBrowser where Debian's libwebkit2gtk puts it, the newest API first", () => {
    const dir = mkdtempSync(join(tmpdir(), 'minibrowser-'));
    try {
      expect(findMiniBrowser(dir)).toBeUndefined();
      for (const api of ['webkit2gtk-4.0', 'webkit2gtk-4.1']) {
        mkdirSync(join(dir, 'x86_64-linux-gnu', api), { recursive: true });
        writeFileSync(join(dir, 'x86_64-linux-gnu', api, 'MiniBrowser'), '');
      }
      expect(findMiniBrowser(dir)).toBe(join(dir, 'x86_64-linux-gnu', 'webkit2gtk-4.1', 'MiniBrowser'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does nothing when everything is there, whoever runs it', () => {
    for (const privilege of ['root', 'sudo', 'sudo-password', 'none'] as const)
      expect(plan([], { privilege, hasApt: false })).toEqual({ action: 'nothing' });
  });

  it('as root, runs apt-get update once and then installs every missing package in one go', () => {
    expect(plan(['nginx', 'fonts-noto-cjk'], { privilege: 'root', hasApt: true })).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'nginx', 'fonts-noto-cjk'],
      ],
    });
  });

  it('with password-less sudo, runs the same commands through sudo -n', () => {
    expect(plan(['chromium'], { privilege: 'sudo', hasApt: true })).toEqual({
      action: 'install',
      commands: [
        ['sudo', '-n', 'apt-get', 'update'],
        ['sudo', '-n', 'apt-get', 'install', '-y', 'chromium'],
      ],
    });
  });

  it('when sudo would ask for a password, stops with the one sudo command to run', () => {
    const next = plan(['nginx'], { privilege: 'sudo-password', hasApt: true });
    expect(next.action).toBe('stop');
    expect(next.action === 'stop' && next.message).toContain('sudo apt-get update && sudo apt-get install -y nginx');
  });

  it('without root or sudo, stops with the one command to run as root', () => {
    const next = plan(['nginx', 'fonts-noto-cjk'], { privilege: 'none', hasApt: true });
    expect(next.action === 'stop' && next.message).toContain(
      "su -c 'apt-get update && apt-get install -y nginx fonts-noto-cjk'",
    );
  });

  it('without apt-get, names the packages and the Debian command instead of guessing another tool', () => {
    const next = plan(['nginx'], { privilege: 'root', hasApt: false });
    expect(next.action === 'stop' && next.message).toMatch(/need nginx.*apt-get update && apt-get install -y nginx/s);
  });

  it('does not try apt-get when CHROMIUM_PATH points at nothing: it says so', () => {
    const next = plan(['chromium'], { privilege: 'root', hasApt: true, chromiumPath: '/opt/none/chrome' });
    expect(next.action === 'stop' && next.message).toContain('CHROMIUM_PATH is /opt/none/chrome');
  });

  it('finds nginx on PATH first, else in /usr/sbin, which a user PATH may lack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nginx-path-'));
    try {
      mkdirSync(join(dir, 'bin'));
      writeFileSync(join(dir, 'bin', 'nginx'), '');
      expect(findNginx(join(dir, 'bin'))).toBe(join(dir, 'bin', 'nginx'));
      const fallback = findNginx(join(dir, 'empty'));
      expect(fallback === undefined || ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].includes(fallback)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
