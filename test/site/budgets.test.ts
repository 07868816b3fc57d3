// Budgets, measured as `npm run bench` does: Lighthouse 12 (mobile) on every page, HTML + CSS and
// JavaScript per page (gzip), and the build time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, isCheck, measureBytes, measureLighthouse, PAGES, timeBuild } from '../../scripts/measure-site.mjs';
import { DIST, serveBuild } from './helpers';

interface BytesRow {
  path: string;
  htmlCss: number;
  js: number;
  jsWithCalculators?: number;
}
interface ScoreRow {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  failing: string[];
  seoFailing: string[];
}

describe('the performance budgets', () => {
  let site: Awaited<ReturnType<typeof serveBuild>>;
  let bytes: BytesRow[];
  let scores: ScoreRow[];
  beforeAll(async () => {
    site = await serveBuild();
    bytes = await measureBytes(DIST, site.url);
    scores = await measureLighthouse(site.url);
    console.table(bytes.map((b, i) => ({ ...b, ...scores[i], failing: scores[i]!.failing.join(' ') })));
  }, 600_000);
  afterAll(() => site?.close());

  it('measured every page', () => {
    expect(bytes.map((b) => b.path)).toEqual(PAGES);
    expect(scores.map((s) => s.path)).toEqual(PAGES);
  });

  it.each(PAGES)('%s: HTML + CSS fit in 14 KB gzip', (path) => {
    expect(bytes.find((b) => b.path === path)!.htmlCss).toBeLessThanOrEqual(BUDGETS.htmlCssBytes);
  });

  it.each(PAGES.filter((p: string) => !isCheck(p) && !p.endsWith('/search/')))('%s: ships no JavaScript', (path) => {
    expect(bytes.find((b) => b.path === path)!.js).toBe(BUDGETS.contentJsBytes);
  });

  it.each(PAGES.filter(isCheck))('%s: loads at most 25 KB of JavaScript, gzip', (path) => {
    expect(bytes.find((b) => b.path === path)!.js).toBeLessThanOrEqual(BUDGETS.checkJsBytes);
  });

  it.each(PAGES.filter(isCheck))(
    '%s: loads at most 30 KB of JavaScript, gzip, with every calculator opened',
    (path) => {
      const check = bytes.find((b) => b.path === path)!;
      expect(check.jsWithCalculators).toBeGreaterThan(check.js);
      expect(check.jsWithCalculators).toBeLessThanOrEqual(BUDGETS.checkJsWithCalculatorsBytes);
    },
  );

  it.each(PAGES.filter((p: string) => !isCheck(p)))(
    '%s: Lighthouse performance, accessibility, best practices and SEO are 100',
    (path) => {
      const { performance, accessibility, bestPractices, seo } = scores.find((s) => s.path === path)!;
      expect({ performance, accessibility, bestPractices, seo }).toEqual({
        performance: 100,
        accessibility: 100,
        bestPractices: 100,
        seo: 100,
      });
    },
  );

  it.each(PAGES.filter(isCheck))(
    '%s: Lighthouse 100 everywhere but robots-txt, which its connect-src none refuses to Lighthouse',
    (path) => {
      const { performance, accessibility, bestPractices, seoFailing } = scores.find((s) => s.path === path)!;
      expect({ performance, accessibility, bestPractices }).toEqual({
        performance: 100,
        accessibility: 100,
        bestPractices: 100,
      });
      // Lighthouse 12 fetches robots.txt through the page (Network.loadNetworkResource), so the CSP that
      // keeps answers in the tab also blocks it. Every other SEO audit passes.
      expect(seoFailing).toEqual(['robots-txt']);
    },
  );

  it('builds the site and its search index in under 20 s', () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-build-'));
    try {
      expect(timeBuild(out)).toBeLessThan(BUDGETS.buildSeconds);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
