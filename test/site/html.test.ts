// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_SUB } from '../support/site';
import { htmlFiles } from '../support/pages';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

/** Why each rule is changed from html-validate:recommended (JSON has no comments). */
const WHY_CHANGED: Record<string, string> = {
  'long-title':
    'Titles are "<page> | <site name>": the page part comes first, so a search engine that cuts at ~60 characters drops only the site name.',
  'void-style':
    'The checker is rendered at build time by preact-render-to-string, which writes <input/>; Astro writes <meta>. Both are valid HTML.',
  'form-dup-name':
    'The immunomodulators are one question of checkboxes sharing a name, as radios share theirs; the recommended rule allows that for radios only.',
};

it('changes no recommended rule without a written reason', () => {
  expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(WHY_CHANGED).sort());
});

describe.each([DIST, DIST_SUB])('the build in %s', (root) => {
  it.each(htmlFiles(root))('has no HTML error in %s', async (file) => {
    const path = join(root, file);
    const report = await validator.validateString(readFileSync(path, 'utf8'), path);
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });

  // Preact is built without its client renderer (src/integrations/server-only.ts): no page may need it.
  it.each(htmlFiles(root))('has no island for Astro to hydrate in %s', (file) => {
    expect(readFileSync(join(root, file), 'utf8')).not.toContain('<astro-island');
  });
});

// The build step in src/integrations/paint-first.ts: no script in the HTML to fetch while the page is
// read; one inline module in <head> that names the page's script and every import it reaches, hashed
// in the page's CSP; at the root and under a base path.
describe.each([
  [DIST, '/'],
  [DIST_SUB, '/trial/'],
])('module scripts in %s', (root, base) => {
  it.each(['check/index.html', 'zh/check/index.html', 'search/index.html'])(
    'load from an inline module in <head> of %s that names every import and is hashed in the CSP',
    (file) => {
      const html = readFileSync(join(root, file), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(html).not.toMatch(/<script[^>]* src=|rel="modulepreload"/);
      const modules = [...html.matchAll(/<script type="module">([^<]+)<\/script>/g)].map((m) => m[1]!);
      // The loader, then, at the end of <body>, the registration of the service worker (src/lib/offline.ts).
      expect(modules.length).toBe(2);
      const loader = modules[0]!;
      expect(modules[1]).toMatch(/^const w=navigator\.serviceWorker/);
      expect(head).toContain(loader);
      const hash = `'sha256-${createHash('sha256').update(loader).digest('base64')}'`;
      expect(head).toMatch(new RegExp(`script-src [^;]*${hash.replace(/[+/]/g, '\\$&')}`));
      const entry = /import\("([^"]+)"\)/.exec(loader)![1]!;
      expect(entry.startsWith(`${base}_astro/`)).toBe(true);
      const named = new Set([...loader.matchAll(/"(\/[^"]+\.js)"/g)].map((m) => m[1]));
      const code = readFileSync(join(root, entry.slice(base.length)), 'utf8');
      const imports = [...code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((m) => `${base}_astro/${m[1]}`);
      // The checker's script imports Preact and the checker; the search script imports nothing up front.
      if (file.includes('check')) expect(imports.length).toBeGreaterThan(0);
      for (const url of imports) expect(named).toContain(url);
    },
  );
});
