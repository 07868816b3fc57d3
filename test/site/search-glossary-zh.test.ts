// Every Chinese glossary term, each of its other names (又称) and each of its search-only words, typed
// into /zh/search/ in Chromium against the built Pagefind index, finds the glossary with that term's
// entry as the first section offered. Pagefind splits Chinese into words one way when it indexes and
// another when the browser queries (since 1.5, Pagefind issue #1237): this is where that would show.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import type { GlossaryTermSchema } from '../../src/content/schemas';
import { searchZhInForm } from '../support/search';
import { useSiteInChromium } from '../support/site';

type Term = z.infer<typeof GlossaryTermSchema>;
const GLOSSARY = 'src/content/zh/glossary/';
const TERMS = readdirSync(GLOSSARY)
  .filter((name) => name.endsWith('.yaml'))
  .flatMap((name) => parse(readFileSync(GLOSSARY + name, 'utf8')) as Term[]);

/**
 * The words a reader would type for a term: its name without the bracketed abbreviation, the
 * abbreviation, and the names in the brackets of an alias ("谷草转氨酶（AST）" -> 谷草转氨酶). The
 * qualifier "，占预计值百分比" is shared by two terms and is not a name.
 */
function words(name: string): string[] {
  const head = name.replace(/（[^）]*）/gu, '').replace(/，.*$/u, '');
  const inBrackets = [...name.matchAll(/（([^）]*)）/gu)].map((m) => m[1]!);
  return [head, ...inBrackets].map((w) => w.trim()).filter(Boolean);
}

const QUERIES: [string, string][] = TERMS.flatMap((term) =>
  [...new Set([term.term, ...(term.aliases ?? []), ...(term.searchTerms ?? [])].flatMap(words))].map(
    (query) => [query, term.id] as [string, string],
  ),
);

const site = useSiteInChromium();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

/**
 * Searches as a reader does, typing into the search field (one page for every query: the queries from
 * the address, ?q=, are test/site/search-zh.test.ts's), and reads the results the page shows.
 */
const search = async (query: string) => (await searchZhInForm(page, site.url, query)).results;

describe('the Chinese glossary in site search', () => {
  it('has a query for every term, other name and search-only word', () => {
    expect(TERMS.length).toBeGreaterThan(40);
    expect(QUERIES.length).toBeGreaterThan(TERMS.length * 2);
    expect(QUERIES).toContainEqual(['硬皮病', 'ssc']);
    expect(QUERIES).toContainEqual(['动脉性肺动脉高压', 'pulmonary-hypertension']);
  });

  it.each(QUERIES)('%s finds the glossary entry first (#%s)', async (query, id) => {
    const results = await search(query);
    const glossary = results.find((r) => r.page === '/zh/glossary/');
    console.log(`${query}: ${results.map((r) => r.page).join(' ')} | ${glossary?.sections.join(' ') ?? '-'}`);
    expect(glossary, `the glossary is among the results for ${query}`).toBeDefined();
    expect(glossary!.sections[0]).toBe(`/zh/glossary/#${id}`);
  });
});
