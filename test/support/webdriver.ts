// A thin W3C WebDriver (classic, HTTP) client for WebKitGTK: WebKitWebDriver starts MiniBrowser in
// a virtual X display (Xvfb; MiniBrowser has no headless mode). Only the commands the engine tests use:
// a session, navigation, scripts, frames, elements (find, click, send keys, which also sets a file
// input's file), key actions, the window's size and screenshots. The protocol:
// https://www.w3.org/TR/webdriver2/ (every answer is { value }, errors { value: { error, message } }).
import { spawn, type ChildProcess } from 'node:child_process';
import { ENGINES_INSTALL, findMiniBrowser, WEBKIT_DRIVER_PATH, XVFB_PATH } from '../../scripts/engines.ts';
import { existsSync } from 'node:fs';
import { freePort } from './ports';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
type Element = { [ELEMENT]: string };

/** Xvfb on a display it picks itself (-displayfd), so parallel runs never collide. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((ok, fail) => {
    const xvfb = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let err = '';
    xvfb.stderr!.on('data', (chunk) => (err += chunk));
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${err}`)));
    xvfb.stdio[3]!.once('data', (chunk) => ok({ display: `:${String(chunk).trim()}`, process: xvfb }));
  });
}

export class WebDriver {
  private readonly base: string;
  private readonly processes: ChildProcess[];
  private constructor(base: string, processes: ChildProcess[]) {
    this.base = base;
    this.processes = processes;
  }

  /** Starts Xvfb, WebKitWebDriver and a MiniBrowser session; fails with the install command if one is missing. */
  static async webkit(env: Record<string, string> = {}): Promise<WebDriver> {
    const miniBrowser = findMiniBrowser();
    if (!existsSync(WEBKIT_DRIVER_PATH) || !miniBrowser || !existsSync(XVFB_PATH))
      throw new Error(`WebKit tests need WebKitWebDriver, MiniBrowser and Xvfb. Install them: ${ENGINES_INSTALL}`);
    const xvfb = await startXvfb();
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
      env: { ...process.env, ...env, DISPLAY: xvfb.display },
      stdio: 'ignore',
    });
    const client = new WebDriver(`http://127.0.0.1:${port}`, [driver, xvfb.process]);
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`${client.base}/status`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (tries > 300) throw new Error('WebKitWebDriver did not answer in 30 s');
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const capabilities = { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } };
    const session = await client.send<{ sessionId: string }>('POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    client.session = `/session/${session.sessionId}`;
    return client;
  }

  private session = '';

  async send<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const url = this.base + (path === '/session' ? path : this.session + path);
    const answer = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A command that hangs fails here, named, rather than as the test's timeout.
      signal: AbortSignal.timeout(90_000),
    });
    const { value } = (await answer.json()) as { value: T & { error?: string; message?: string } };
    if (!answer.ok) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  }

  goto(url: string) {
    return this.send('POST', '/url', { url });
  }

  /**
   * Calls a function, given as its source, in the page with `args` (JSON), awaiting what it returns;
   * its error is thrown here.
   */
  async call(source: string, args: unknown[]): Promise<unknown> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${source})(...[...arguments].slice(0, -1)))
        .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e) + ' ' + (e && e.stack || '') }));`;
    const answer = await this.send<{ value?: unknown; error?: string }>('POST', '/execute/async', { script, args });
    if (answer.error !== undefined) throw new Error(`in the page: ${answer.error}`);
    return answer.value;
  }

  /** Into the n-th frame of the page, or back to the top (null). */
  frame(index: number | null) {
    return index === null ? this.send('POST', '/frame', { id: null }) : this.send('POST', '/frame', { id: index });
  }

  async find(css: string): Promise<string> {
    return (await this.send<Element>('POST', '/element', { using: 'css selector', value: css }))[ELEMENT];
  }

  async click(css: string) {
    await this.send('POST', `/element/${await this.find(css)}/click`, {});
  }

  /** Types `text` into the element (for a file input: the file's path). */
  async type(css: string, text: string) {
    await this.send('POST', `/element/${await this.find(css)}/value`, { text });
  }

  /** Presses and releases one key (a WebDriver key code, e.g. '\uE004' for Tab). */
  key(key: string) {
    const actions = [
      { type: 'keyDown', value: key },
      { type: 'keyUp', value: key },
    ];
    return this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  windowSize(width: number, height: number) {
    return this.send('POST', '/window/rect', { width, height });
  }

  /** A PNG of the window's page. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64');
  }

  async quit() {
    await this.send('DELETE', '').catch(() => {});
    for (const child of this.processes) child.kill('SIGTERM');
  }
}
