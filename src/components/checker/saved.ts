/**
 * Answers saved on the reader's device: "Save answers" writes a small JSON file, "Open saved answers"
 * reads one back. The file holds fact ids and what was entered, no wording, so a file saved on one
 * language's page opens on any other. Nothing here touches the network or the browser's storage.
 *
 * The checks follow the facts' own data (src/criteria/facts.ts) rather than a second schema: a file
 * is ours if every value is one the form itself could hold. Numbers are kept as the text that was
 * entered, so a wrong number opens into its field and is reported there, as if it had been typed.
 */
import { FACT_IDS, FACTS, GUARDS, type Confirmed } from '../../criteria';
import { localDay } from '../../i18n/format';
import type { Raw } from './form';
import type { Opened, ReadContext } from './saved-read';

export type { OpenProblem, Opened } from './saved-read';

/** Names the kind of file, so that another program's JSON is recognised as not ours. */
export const SAVED_FORMAT = 'nct06792344-prescreen-answers';
/** Raise when the file's meaning changes; a file with a higher version is refused, not guessed at. */
export const SAVED_VERSION = 1;
/** Our files are well under 2 KB; anything above this is refused before it is read. */
export const MAX_SAVED_BYTES = 100 * 1024;
/** Longest text kept for a number field (longer text cannot be a number the form accepts); saving cuts to it. */
const MAX_TEXT = 40;

export interface SavedFile {
  format: typeof SAVED_FORMAT;
  version: number;
  /** The day the file was saved, YYYY-MM-DD. */
  saved: string;
  answers: Raw;
  /** Flagged numbers the reader confirmed, by fact (absent in files saved before flags). */
  confirmed?: Confirmed;
}

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

/** What a file is checked against: the facts' own data (src/criteria/facts.ts, guards.ts) and this format. */
export const SAVED_CONTEXT: ReadContext = {
  facts: FACTS,
  guards: GUARDS,
  format: SAVED_FORMAT,
  version: SAVED_VERSION,
  maxText: MAX_TEXT,
};

/**
 * Reads a file the reader chose (File API): refused unread if too large. The reader (./saved-read.ts)
 * loads now: it is needed only here. Never throws; on any problem the caller keeps its answers.
 */
export async function openSavedFile(file: Blob): Promise<Opened> {
  if (file.size > MAX_SAVED_BYTES) return { ok: false, problem: 'tooLarge' };
  try {
    const [{ readSaved }, text] = await Promise.all([import('./saved-read'), file.text()]);
    return readSaved(text, SAVED_CONTEXT);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
