// deploy/nginx.conf, the configuration most hosts would run: Debian's nginx serves the root build with
// it on a loopback port and must answer as the local server does (test/support/expectations.ts), with
// the headers public/_headers gives. nginx missing is a failure, not a skip: npm test's pretest step
// (scripts/system-deps.ts) installs it.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNginx } from '../../scripts/system-deps.ts';
import { checkAnswer, expectations } from '../support/expectations';
import { nginxTestConfig } from '../support/nginx-config';
import { freePort } from '../support/ports';
import { DIST } from '../support/site';

/** Debian installs nginx in /usr/sbin, which a user's PATH may lack. */
function nginxBinary(): string {
  const found = findNginx();
  if (!found)
    throw new Error(
      'nginx is not installed (looked on PATH and in /usr/sbin): install it with "apt-get install -y nginx", as npm test\'s pretest step does.',
    );
  return found;
}

/** Resolves once something accepts connections on the port, or rejects when nginx exits first. */
async function listening(port: number, nginx: ChildProcess, log: () => string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((ok) => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('connect', () => ok(true)).once('error', () => ok(false));
      socket.once('close', () => socket.destroy());
      socket.once('connect', () => socket.end());
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} in 15 s:\n${log()}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/**
 * Runs nginx as the current user (its workers too, when that is root) with deploy/nginx.conf, its
 * `listen` and `root` pointed at a free loopback port and `root` (test/support/nginx-config.ts).
 */
async function startNginx(root: string) {
  const binary = nginxBinary();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'nginx-site-'));
  const { site, main } = nginxTestConfig({
    deploy: readFileSync('deploy/nginx.conf', 'utf8'),
    dir,
    port,
    root,
    asRoot: process.getuid?.() === 0,
  });
  writeFileSync(join(dir, 'site.conf'), site);
  mkdirSync(join(dir, 'tmp'));
  writeFileSync(join(dir, 'nginx.conf'), main);
  const errorLog = join(dir, 'error.log');
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '') + output;
  let output = '';
  const nginx = spawn(binary, [
    '-e',
    errorLog,
    '-c',
    join(dir, 'nginx.conf'),
    '-p',
    dir,
    '-g',
    `daemon off; pid ${join(dir, 'nginx.pid')}; error_log ${errorLog};`,
  ]);
  nginx.stdout.on('data', (chunk) => (output += chunk));
  nginx.stderr.on('data', (chunk) => (output += chunk));
  await listening(port, nginx, log);
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      if (nginx.exitCode === null) {
        const exited = new Promise((ok) => nginx.once('exit', ok));
        nginx.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('nginx with deploy/nginx.conf, serving the root build', () => {
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    nginx = await startNginx(DIST);
  });
  afterAll(() => nginx?.stop());

  it.each(expectations(DIST).map((e) => [`${e.method ?? 'GET'} ${e.path}`, e] as const))(
    'answers %s as the local server does',
    async (_name, expected) => {
      await checkAnswer(DIST, nginx.url, expected);
    },
  );
});

describe('nginx with deploy/nginx.conf, should the Chinese edition get a 404 page of its own', () => {
  // A private folder (mkdtemp makes it mode 700), as a checkout in /root or `mktemp -d` is.
  const root = mkdtempSync(join(tmpdir(), 'nginx-zh-'));
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    cpSync(DIST, root, { recursive: true });
    chmodSync(root, 0o700);
    expect(statSync(root).mode & 0o777).toBe(0o700);
    mkdirSync(join(root, 'zh'), { recursive: true });
    writeFileSync(
      join(root, 'zh', '404.html'),
      '<!doctype html><html lang="zh"><title>找不到页面</title><h1>找不到页面</h1></html>\n',
    );
    nginx = await startNginx(root);
  });
  afterAll(async () => {
    await nginx?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers a missing /zh/ page with /zh/404.html and status 404, and other missing pages with /404.html', async () => {
    const zh = await fetch(`${nginx.url}zh/no-such-page/`);
    expect(zh.status).toBe(404);
    expect(await zh.text()).toBe(readFileSync(join(root, 'zh', '404.html'), 'utf8'));
    expect(zh.headers.get('x-content-type-options')).toBe('nosniff');
    const en = await fetch(`${nginx.url}no-such-page/`);
    expect(en.status).toBe(404);
    expect(await en.text()).toBe(readFileSync(join(root, '404.html'), 'utf8'));
  });
});
