// The nginx configuration test/site/nginx.test.ts runs: deploy/nginx.conf, its `listen` and `root`
// pointed at a loopback port and the folder to serve, inside an http block as Debian's
// /etc/nginx/nginx.conf has. deploy/nginx.conf itself is read, never changed.
//
// Started as root, nginx runs its workers as `nobody`, who cannot enter a checkout in a private folder
// (mode 700, as `mktemp -d` and /root are): every page would be a 404. So as root the test's own
// configuration says `user root;` (the workers keep the rights of whoever started the test). As any
// other user nginx cannot change user at all, and the line would only draw a warning, so it is left out.
import { join, resolve } from 'node:path';

export interface NginxTestConfig {
  /** deploy/nginx.conf, with the test's port and root. */
  site: string;
  /** The main configuration: events, http with mime types, temp paths in `dir`, the site included. */
  main: string;
}

/** Replaces `from` in deploy/nginx.conf, or says what in the deploy file no longer matches. */
function replace(text: string, from: RegExp, to: string) {
  if (!from.test(text)) throw new Error(`deploy/nginx.conf no longer has ${from}: update test/support/nginx-config.ts`);
  return text.replace(from, to);
}

export function nginxTestConfig(options: {
  /** deploy/nginx.conf's text. */
  deploy: string;
  /** The folder that holds the configuration, the temp paths and the logs. */
  dir: string;
  port: number;
  /** The built site to serve. */
  root: string;
  /** Whether nginx is started by root (process.getuid() === 0). */
  asRoot: boolean;
}): NginxTestConfig {
  const { deploy, dir, port, root, asRoot } = options;
  let site = replace(deploy, /^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
  site = replace(site, /^\s*listen \[::\]:80;\n/m, '');
  site = replace(site, /^(\s*)root \/var\/www\/nct06792344;$/m, `$1root ${resolve(root)};`);
  const temp = (name: string) => `${name} ${join(dir, 'tmp', name)};`;
  const paths = ['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'];
  const main = `${asRoot ? 'user root;\n' : ''}worker_processes 1;
events { worker_connections 128; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${paths.map(temp).join('\n    ')}
    include ${join(dir, 'site.conf')};
}
`;
  return { site, main };
}
