/**
 * The strings of every language, for pages (built on the server: nothing here reaches a browser
 * bundle). Islands get their language's strings from the page, never from this module.
 */
import { en } from './en';
import { zh } from './zh';
import { dayIn, isoDate } from './format';
import type { Lang, UiStrings } from './types';

export type { Lang, UiStrings } from './types';
export { fill, isoDate } from './format';

const strings: Record<Lang, UiStrings> = { en, zh };

/** The UI strings of a language. */
export function ui(lang: Lang): UiStrings {
  return strings[lang];
}

/** A date (or YYYY-MM-DD) as a language writes it: "30 January 2025", "2025年1月30日". */
export function formatDate(date: Date | string, lang: Lang): string {
  return dayIn(isoDate(date), ui(lang).dates);
}
