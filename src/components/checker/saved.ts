/**
 * Answers saved on the reader's device: "Save answers" writes a small JSON file, "Open saved answers"
 * reads one back. The file holds fact ids and what was entered, no wording, so a file saved on one
 * language's page opens on any other. Nothing here touches the network or the browser's storage.
 *
 * The checks follow the facts' own data (src/criteria/facts.ts) rather than a second schema: a file
 * is ours if every value is one the form itself could hold (values.ts). Numbers are kept as the text
 * that was entered, so a wrong number opens into its field and is reported there, as if it had been
 * typed. Loaded when the reader reaches for the buttons (requested.ts).
 */
import { FACT_IDS, FACTS, type Confirmed, type FactId } from '../../criteria';
import { isoDate, localDay } from '../../i18n/format';
import type { Raw } from './form';
import { formValue, isConfirmed, MAX_TEXT } from './values';

/** Names the kind of file, so that another program's JSON is recognised as not ours. */
export const SAVED_FORMAT = 'nct06792344-prescreen-answers';
/** Raise when the file's meaning changes; a file with a higher version is refused, not guessed at. */
export const SAVED_VERSION = 1;
/** Our files are well under 2 KB; anything above this is refused before it is read. */
export const MAX_SAVED_BYTES = 100 * 1024;

export interface SavedFile {
  format: typeof SAVED_FORMAT;
  version: number;
  /** The day the file was saved, YYYY-MM-DD. */
  saved: string;
  answers: Raw;
  /** Flagged numbers the reader confirmed, by fact (absent in files saved before flags). */
  confirmed?: Confirmed;
}

export type OpenProblem = 'tooLarge' | 'notOurs' | 'damaged' | 'newerVersion';
export type Opened = { ok: true; raw: Raw; confirmed: Confirmed; saved: string } | { ok: false; problem: OpenProblem };

/** The file's text: every answer given, by fact id, in the facts' order. */
export function savedFileText(raw: Raw, date: Date, confirmed: Confirmed = {}): string {
  const answers: Raw = {};
  for (const fact of FACT_IDS) {
    const value = raw[fact];
    if (Array.isArray(value)) {
      if (value.length) answers[fact] = [...value];
    } else if (value?.trim()) answers[fact] = value.trim().slice(0, MAX_TEXT);
  }
  const file: SavedFile = { format: SAVED_FORMAT, version: SAVED_VERSION, saved: localDay(date), answers };
  const kept = FACT_IDS.filter((fact) => typeof confirmed[fact] === 'number');
  if (kept.length) file.confirmed = Object.fromEntries(kept.map((fact) => [fact, confirmed[fact]]));
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The file name offered for download, e.g. prescreen-answers-2026-11-25.json. */
export function savedFileName(date: Date): string {
  return `prescreen-answers-${localDay(date)}.json`;
}

/**
 * Asks the browser to download the answers as a file (prescreen-answers-YYYY-MM-DD.json) and returns
 * its name. Whether and where the browser saved it, the page cannot know.
 */
export function downloadSavedFile(raw: Raw, date: Date, confirmed?: Confirmed): string {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([savedFileText(raw, date, confirmed)], { type: 'application/json' }));
  link.download = savedFileName(date);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href));
  return link.download;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A real day written YYYY-MM-DD (not 2026-13-45). */
function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && isoDate(day) === value;
}

/** Reads a saved file's text. Never throws; on any problem the caller keeps the answers it has. */
export function readSavedText(text: string): Opened {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Cut short or garbled: damaged if it names our format, otherwise not ours.
    return { ok: false, problem: text.includes(SAVED_FORMAT) ? 'damaged' : 'notOurs' };
  }
  if (!isRecord(data) || data.format !== SAVED_FORMAT) return { ok: false, problem: 'notOurs' };
  const { version, saved, answers, confirmed = {} } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'damaged' };
  if (version > SAVED_VERSION) return { ok: false, problem: 'newerVersion' };
  if (!isDay(saved) || !isRecord(answers) || !isRecord(confirmed)) return { ok: false, problem: 'damaged' };
  const raw: Raw = {};
  for (const [key, value] of Object.entries(answers)) {
    if (!Object.hasOwn(FACTS, key)) return { ok: false, problem: 'damaged' };
    const read = formValue(key as FactId, value);
    if (read === undefined) return { ok: false, problem: 'damaged' };
    raw[key as FactId] = read;
  }
  if (!isConfirmed(confirmed)) return { ok: false, problem: 'damaged' };
  return { ok: true, raw, confirmed, saved };
}

/** Reads a file the reader chose (File API): refused unread if too large. */
export async function openSavedFile(file: Blob): Promise<Opened> {
  if (file.size > MAX_SAVED_BYTES) return { ok: false, problem: 'tooLarge' };
  try {
    return readSavedText(await file.text());
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
