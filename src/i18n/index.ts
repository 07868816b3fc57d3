import { en, type UiStrings } from './en';

export type Lang = 'en';
const strings: Record<Lang, UiStrings> = { en };

/** The UI strings for a language (English is the default and lives at the site root). */
export function ui(lang: Lang = 'en'): UiStrings {
  return strings[lang];
}

/** Formats a date (or YYYY-MM-DD) for display, e.g. "30 January 2025". */
export function formatDate(date: Date | string, lang: Lang = 'en'): string {
  return toDate(date).toLocaleDateString(lang === 'en' ? 'en-GB' : lang, {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  });
}

/** A date as YYYY-MM-DD, for `<time datetime>`. */
export function isoDate(date: Date | string): string {
  return toDate(date).toISOString().slice(0, 10);
}

function toDate(date: Date | string): Date {
  return typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** Joins items as the language lists them: "I1, I4 and E8". The checker calls this on every answer. */
export function listAnd(items: string[], lang: Lang = 'en'): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}

/** Fills `{name}` placeholders in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
