// The nginx configuration the nginx site test generates (test/support/nginx-config.ts): deploy/nginx.conf
// pointed at the test's port and folder, and, only when run as root, workers that keep root's rights so
// that a checkout in a private folder (mode 700) can be read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxTestConfig } from '../support/nginx-config';

const deploy = readFileSync('deploy/nginx.conf', 'utf8');
const options = { deploy, dir: '/tmp/nginx-site-x', port: 8123, root: '/root/private/dist' };

describe('the nginx configuration of the nginx test', () => {
  it('as root, runs the workers as root, so that they can read a folder with mode 700', () => {
    const { main } = nginxTestConfig({ ...options, asRoot: true });
    expect(main.split('\n')[0]).toBe('user root;');
    expect(main.match(/^\s*user\s/gm)).toHaveLength(1);
  });

  it('as any other user, has no user line (nginx could not change user, and would warn)', () => {
    const { main } = nginxTestConfig({ ...options, asRoot: false });
    expect(main).not.toMatch(/^\s*user\s/m);
    expect(main.split('\n')[0]).toBe('worker_processes 1;');
  });

  it.each([true, false])('as root: %s, serves the given folder on the loopback port with the deploy file', (asRoot) => {
    const { main, site } = nginxTestConfig({ ...options, asRoot });
    expect(main).toContain('include /tmp/nginx-site-x/site.conf;');
    expect(main).toContain('client_body_temp_path /tmp/nginx-site-x/tmp/client_body_temp_path;');
    expect(site).toMatch(/^\s*listen 127\.0\.0\.1:8123;$/m);
    expect(site).not.toMatch(/listen \[::\]|listen 80;/);
    expect(site).toMatch(/^\s*root \/root\/private\/dist;$/m);
    // Everything else is deploy/nginx.conf as production runs it: only the three lines differ.
    const changed = (text: string) => text.split('\n').filter((line) => !site.split('\n').includes(line));
    expect(changed(deploy).map((line) => line.trim())).toEqual([
      'listen 80;',
      'listen [::]:80;',
      'root /var/www/nct06792344;',
    ]);
    expect(deploy).not.toMatch(/^\s*user\s/m);
  });

  it('says which line of deploy/nginx.conf it no longer finds, rather than serving something else', () => {
    expect(() =>
      nginxTestConfig({ ...options, deploy: deploy.replace('listen 80;', 'listen 8080;'), asRoot: true }),
    ).toThrow(/no longer has .*listen 80/);
  });
});
