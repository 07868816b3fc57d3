// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
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
});

// The build step in src/integrations/modulepreload.mjs: scripts in <head>, every import they reach
// preloaded, at the root and under a base path.
describe.each([
  [DIST, '/'],
  [DIST_SUB, '/trial/'],
])('module scripts in %s', (root, base) => {
  it.each(['check/index.html', 'zh/check/index.html', 'search/index.html'])(
    'are in <head> of %s with every import preloaded',
    (file) => {
      const html = readFileSync(join(root, file), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.length).toBe(1);
      expect(head).toContain(`<script type="module" src="${scripts[0]}"`);
      const preloaded = new Set([...head.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]));
      const code = readFileSync(join(root, scripts[0]!.slice(base.length)), 'utf8');
      const imports = [...code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((m) => `${base}_astro/${m[1]}`);
      expect(imports.length).toBeGreaterThan(0);
      for (const url of imports) expect(preloaded).toContain(url);
    },
  );
});
