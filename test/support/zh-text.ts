// Reading the Chinese text of a built page as a reader meets it: the text of each block (paragraph,
// list item, heading, term, table cell), split into sentences. Used by the tests of plain Chinese and
// of Chinese punctuation, and by anyone who wants the figures (`measureFamilyPages`).
import { loadDocument } from './pages';

/** Elements whose text is read as one block; nested blocks are read on their own. */
const BLOCKS = 'p, li, h1, h2, h3, dt, dd, td, th, figcaption, summary, label, legend, button, a.button';

/** Citations (the numbered source lists) are references, not sentences a parent reads. */
const SKIP = '.references';

/** The visible text of each block inside `root`, without the text of blocks nested in it. */
export function blockTexts(root: Element): string[] {
  const texts: string[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.closest(SKIP) || block.closest('[hidden], script, style, noscript, template')) continue;
    const copy = block.cloneNode(true) as Element;
    // Citation marks ([1]) are not words of the sentence.
    for (const nested of copy.querySelectorAll(`${BLOCKS}, script, style, sup, .visually-hidden`)) nested.remove();
    const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}

const HAN = /\p{Script=Han}/u;

/** A block's Chinese sentences: split after 。！？ (and their closing quotes or brackets). */
export function chineseSentences(block: string): string[] {
  return block
    .split(/(?<=[。！？][”’）]?)/u)
    .map((s) => s.trim())
    .filter((s) => HAN.test(s));
}

/** A sentence's length in characters, as a reader counts them: every character but spaces. */
export const sentenceLength = (sentence: string): number => [...sentence.replace(/\s/g, '')].length;

/** The Chinese sentences of a built page's main content (no header, footer or references). */
export function pageSentences(dist: string, file: string): string[] {
  const main = loadDocument(dist, file).querySelector('main');
  if (!main) throw new Error(`${file} has no <main>`);
  return blockTexts(main).flatMap(chineseSentences);
}

/** The family pages: overview, systemic sclerosis, questions, contact. */
export const FAMILY_PAGES = [
  'zh/index.html',
  'zh/systemic-sclerosis/index.html',
  'zh/faq/index.html',
  'zh/contact/index.html',
];

/** The longest sentence and the average length over the family pages. */
export function measureFamilyPages(dist: string) {
  const sentences = FAMILY_PAGES.flatMap((file) => pageSentences(dist, file).map((s) => ({ file, s })));
  const lengths = sentences.map(({ s }) => sentenceLength(s));
  const longest = sentences.reduce((a, b) => (sentenceLength(b.s) > sentenceLength(a.s) ? b : a));
  const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  return { count: sentences.length, average, longest: { ...longest, length: sentenceLength(longest.s) }, sentences };
}

/** Elements after which a browser starts a new line of text. */
const LINE_BREAKS =
  'address, article, aside, br, button, dd, details, div, dl, dt, fieldset, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hr, label, legend, li, main, nav, ol, option, p, section, summary, table, td, th, tr, ul';

/**
 * A page's text as lines, roughly as a browser lays it out (whitespace collapsed within a line), with its
 * title and description: every word a reader can meet, visible or read out (hidden help included).
 */
export function pageLines(document: Document): string[] {
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const skip of body.querySelectorAll('script, style, template')) skip.remove();
  for (const block of body.querySelectorAll(LINE_BREAKS)) block.after(document.createTextNode('\n'));
  const meta = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  return [document.title, meta, ...(body.textContent ?? '').split('\n')]
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
