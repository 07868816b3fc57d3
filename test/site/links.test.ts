// Every built page, in both builds: its links resolve (file and #anchor), links off the site use
// https, and it has the head a search engine or link preview needs.
import { describe, expect, it } from 'vitest';
import { DIST, DIST_SUB, SUB_PATH } from '../support/site';
import { SITE_ORIGIN, brokenLink, htmlFiles, loadDocument, pagePath } from '../support/pages';

const BUILDS = [
  { name: 'root build', root: DIST, base: '/' },
  { name: 'sub-path build', root: DIST_SUB, base: SUB_PATH },
];

/** Everything in a page that makes the browser or the reader fetch another URL. */
const LINKING = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
] as const;

function links(root: string, base: string, file: string) {
  const document = loadDocument(root, file);
  const pageUrl = new URL(pagePath(file, base), SITE_ORIGIN);
  return LINKING.flatMap(([tag, attribute]) =>
    [...document.querySelectorAll(`${tag}[${attribute}]`)]
      // Canonical and hreflang alternate URLs are absolute by definition; they are checked elsewhere.
      .filter((element) => !['canonical', 'alternate'].includes(element.getAttribute('rel') ?? ''))
      .map((element) => {
        const raw = element.getAttribute(attribute)!;
        return { raw, url: new URL(raw, pageUrl), text: `${file}: <${tag} ${attribute}="${raw}">` };
      }),
  );
}

describe.each(BUILDS)('the $name', ({ root, base }) => {
  const files = htmlFiles(root);

  it('has pages to check', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('eligibility/index.html');
  });

  it('has no broken internal link or #anchor on any page', () => {
    const problems = files.flatMap((file) =>
      links(root, base, file)
        .filter((link) => link.url.origin === SITE_ORIGIN)
        .map((link) => ({ link: link.text, problem: brokenLink(root, base, link.url) }))
        .filter((entry) => entry.problem),
    );
    expect(problems).toEqual([]);
  });

  it('writes internal links as paths, never with the host', () => {
    const absolute = files.flatMap((file) =>
      links(root, base, file)
        .filter((link) => link.raw.startsWith(SITE_ORIGIN))
        .map((link) => link.text),
    );
    expect(absolute).toEqual([]);
  });

  it('links to other sites over https only', () => {
    const insecure = files.flatMap((file) =>
      links(root, base, file)
        .filter((link) => link.url.origin !== SITE_ORIGIN && link.url.protocol !== 'https:')
        .map((link) => link.text),
    );
    expect(insecure).toEqual([]);
  });

  it.each(files)(
    'gives %s one h1, a title, a description, og:title and a canonical URL unless it is the 404 page',
    (file) => {
      const document = loadDocument(root, file);
      const content = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim();

      const h1s = [...document.querySelectorAll('h1')];
      expect(h1s, 'exactly one h1').toHaveLength(1);
      expect(h1s[0].textContent?.trim(), 'h1 text').toBeTruthy();
      expect(document.querySelectorAll('title'), 'one <title>').toHaveLength(1);
      expect(document.title.trim(), '<title> text').toBeTruthy();
      expect(content('meta[name="description"]'), 'meta description').toBeTruthy();
      expect(content('meta[property="og:title"]'), 'og:title').toBeTruthy();

      const canonicals = [...document.querySelectorAll('link[rel="canonical"]')];
      if (file === '404.html') {
        // Served at any missing address, it has no address of its own to name.
        expect(canonicals, 'no canonical link on the 404 page').toHaveLength(0);
        expect(document.querySelector('meta[property="og:url"]'), 'no og:url on the 404 page').toBeNull();
        return;
      }
      expect(canonicals, 'one canonical link').toHaveLength(1);
      const canonical = new URL(canonicals[0].getAttribute('href')!);
      expect(canonical.origin, 'canonical is absolute, on the site').toBe(SITE_ORIGIN);
      expect(canonical.pathname, 'canonical is the page itself').toBe(pagePath(file, base));
      expect(brokenLink(root, base, canonical), 'canonical resolves').toBeUndefined();
    },
  );
});
