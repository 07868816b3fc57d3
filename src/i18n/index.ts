/**
 * The strings of every language, for pages (built on the server: nothing here reaches a browser
 * bundle). Islands get their language's strings from the page, never from this module.
 */
import { en } from './en';
import { zh } from './zh';
import type { Lang, UiStrings } from './types';

export type { Lang, UiStrings } from './types';
export { fill, formatDate, isoDate } from './format';

const strings: Record<Lang, UiStrings> = { en, zh };

/** The UI strings of a language. */
export function ui(lang: Lang): UiStrings {
  return strings[lang];
}
