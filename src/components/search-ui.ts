// Client side of the search page: reads `?q=`, loads Pagefind's JS API on first use and renders
// the results as plain links. Pagefind's Component UI would add ~47 KB gzip of JS and CSS and does
// not read `?q=`; this file is ~1.3 KB gzip.

/** The UI strings the page passes in `data-strings` (see src/i18n/<lang>/search.ts). */
interface SearchStrings {
  loading: string;
  empty: string;
  one: string;
  many: string;
  none: string;
  unavailable: string;
  failed: string;
  sectionsLabel: string;
}

/** The parts of Pagefind's JS API (pagefind.js, v1.6) used here. */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; excerptEllipsis?: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindPage>;
}
interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  /** Each match with its weight: a match in a heading weighs more than one in the text. */
  weighted_locations?: { weight: number }[];
}
interface PagefindPage {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSection[];
}

const MAX_RESULTS = 10;
const MAX_SECTIONS = 3;

/** Fills in `{name}` placeholders. */
function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * Pagefind excerpts are HTML-escaped text with <mark> around the matches. Rebuild them as DOM,
 * keeping only text and <mark>, so no markup from the index ever reaches the page.
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/**
 * Up to three sections (headings with ids) of a page that match best, best first (ties in page order),
 * scored by the weight of their matches: searching a glossary word offers the entry whose heading holds
 * it before entries that only mention it.
 */
function bestSections(page: PagefindPage, query: string): PagefindSection[] {
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
const shownTitle = (title: string) => title.split('\u2063')[0]!.trim();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function renderPage(page: PagefindPage, strings: SearchStrings, query: string): HTMLLIElement {
  const title = page.meta.title || page.url;
  const item = el(
    'li',
    'search-result',
    el('h2', 'search-result__title', link(page.url, title)),
    el('p', 'search-result__excerpt', ...excerptNodes(page.excerpt)),
  );
  const sections = bestSections(page, query);
  if (sections.length) {
    const list = el('ul', 'search-result__sections');
    list.setAttribute('aria-label', `${strings.sectionsLabel}: ${title}`);
    for (const section of sections) {
      const entry = el('li', '', link(section.url, shownTitle(section.title)));
      // A page with one matching section often has the same excerpt twice: show it once.
      if (section.excerpt !== page.excerpt) entry.append(el('p', '', ...excerptNodes(section.excerpt)));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/**
 * A Chinese query keeps only the pages whose text contains it as typed: the browser splits an unquoted
 * 环磷酰胺 into characters, and a page sharing only one or two of them would be offered (系统性硬化病
 * would match 多发性硬化). Pagefind's own exact-phrase search is not used for this: it splits Chinese
 * differently when it indexes and when it queries (Pagefind issue #1237), so "间质性肺疾病" found
 * nothing. The pages keep the order of the ordinary search. Queries already quoted, and those without
 * Chinese, run as typed.
 */
async function searchPages(api: Pagefind, query: string): Promise<Found[]> {
  const ranked = (await api.search(query))?.results ?? [];
  const found = await Promise.all(ranked.slice(0, MAX_CHECKED).map(async (r) => ({ result: r, page: await r.data() })));
  if (!/\p{Script=Han}/u.test(query) || query.includes('"')) return found;
  const wanted = plain(query);
  return found.filter(({ page }) => plain(page.content).includes(wanted));
}

interface Found {
  result: PagefindResult;
  page: PagefindPage;
}

/** Results whose text is fetched: every page of a language fits (the Chinese edition has 8). */
const MAX_CHECKED = 20;

/** Wires the search form inside `root` (see SearchForm.astro). */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const base = root.dataset.base ?? '/';

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // Result URLs are relative to the site's base path (`/trial/` in a sub-path build).
      await api.options({ baseUrl: base, excerptLength: 24, excerptEllipsis: '…' });
      await api.init();
      return api;
    })());

  let latest = 0;
  async function search(raw: string) {
    const query = raw.trim();
    const run = ++latest;
    list.replaceChildren();
    list.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    root.setAttribute('aria-busy', 'true');
    try {
      const api = await load();
      const found = await searchPages(api, query);
      const pages = found.slice(0, MAX_RESULTS).map((f) => f.page);
      if (run !== latest) return; // a newer search has started
      list.replaceChildren(...pages.map((page) => renderPage(page, strings, query)));
      list.hidden = pages.length === 0;
      const count = found.length;
      const template = count === 0 ? strings.none : count === 1 ? strings.one : strings.many;
      status.textContent = format(template, { count, query });
    } catch (error) {
      if (run !== latest) return;
      // No index: `astro dev` does not run Pagefind, and a broken deploy may lack /pagefind/.
      console.error('Search failed to load', error);
      status.textContent = import.meta.env.DEV ? strings.unavailable : strings.failed;
    } finally {
      if (run === latest) root.removeAttribute('aria-busy');
    }
  }

  const fromUrl = () => {
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    void search(query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const next = new URL(location.href);
    if (query) next.searchParams.set('q', query);
    else next.searchParams.delete('q');
    if (next.href !== location.href) history.pushState(null, '', next);
    void search(query);
    if (!query) status.textContent = strings.empty;
  });
  // Start fetching the index as soon as the reader types, so the first search is quick.
  input.addEventListener('input', () => void load().catch(() => {}), { once: true });
  addEventListener('popstate', fromUrl);
  form.hidden = false;
  fromUrl();
}
