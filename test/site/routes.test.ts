import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES, DIST, DIST_SUB } from '../support/site';

describe.each([DIST, DIST_SUB])('the build in %s', (root) => {
  it.each([...ALL_ROUTES, '/404.html'])('has the route %s', (route) => {
    const file = route.endsWith('.html') ? route : join(route, 'index.html');
    expect(existsSync(join(root, file))).toBe(true);
  });

  it('has robots.txt, a sitemap and a search index', () => {
    for (const file of ['robots.txt', 'sitemap-index.xml', 'pagefind/pagefind.js']) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });
});
