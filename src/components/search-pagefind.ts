// Which pages, and which sections of them, a query finds: Pagefind's results, narrowed and ranked
// for readers (search-ui.ts shows them).

/** The parts of Pagefind's JS API (pagefind.js, v1.6) used here. */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; excerptEllipsis?: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindPage>;
}
export interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  /** Each match with its weight: a match in a heading weighs more than one in the text. */
  weighted_locations?: { weight: number }[];
}
export interface PagefindPage {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSection[];
}

const MAX_SECTIONS = 3;

/**
 * Up to three sections (headings with ids) of a page that match best, best first (ties in page order),
 * scored by the weight of their matches: searching a glossary word offers the entry whose heading holds
 * it before entries that only mention it.
 */
export function bestSections(page: PagefindPage, query: string): PagefindSection[] {
  const sections = (page.sub_results ?? []).filter((s) => s.url.includes('#'));
  const weight = (s: PagefindSection) =>
    s.weighted_locations?.reduce((sum, l) => sum + l.weight, 0) ?? s.locations?.length ?? 0;
  return [...sections]
    .sort((a, b) => titleMatch(b.title, query) - titleMatch(a.title, query) || weight(b) - weight(a))
    .slice(0, MAX_SECTIONS);
}

/** Text as compared: lower case, without spaces. */
const plain = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/**
 * How well a section's heading names the query: 2 when one of its names (the heading's words, bracketed
 * abbreviation, hidden other names) is the query, 1 when the heading contains it, else 0. "T细胞" is
 * the name of the T-cell entry and only part of "CAR-T细胞治疗".
 */
function titleMatch(title: string, query: string): number {
  const q = plain(query);
  const names = title.split(/[（）()，、\s\u2063]+/u).map(plain);
  return names.includes(q) ? 2 : plain(title).includes(q) ? 1 : 0;
}

/** A section's title as shown: the heading's text, without the search-only words hidden after it. */
export const shownTitle = (title: string) => title.split('\u2063')[0]!.trim();

/**
 * A Chinese query keeps only the pages whose text contains it as typed: the browser splits an unquoted
 * 环磷酰胺 into characters, and a page sharing only one or two of them would be offered (系统性硬化病
 * would match 多发性硬化). Pagefind's own exact-phrase search is not used for this: it splits Chinese
 * differently when it indexes and when it queries (Pagefind issue #1237), so "间质性肺疾病" found
 * nothing. The pages keep the order of the ordinary search. Queries already quoted, and those without
 * Chinese, run as typed.
 */
export async function searchPages(api: Pagefind, query: string): Promise<Found[]> {
  const ranked = (await api.search(query))?.results ?? [];
  const found = await Promise.all(ranked.slice(0, MAX_CHECKED).map(async (r) => ({ result: r, page: await r.data() })));
  if (!/\p{Script=Han}/u.test(query) || query.includes('"')) return found;
  const wanted = plain(query);
  return found.filter(({ page }) => plain(page.content).includes(wanted));
}

export interface Found {
  result: PagefindResult;
  page: PagefindPage;
}

/** Results whose text is fetched: every page of a language fits (the Chinese edition has 8). */
const MAX_CHECKED = 20;
