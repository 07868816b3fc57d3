/**
 * What this tab keeps so that Back, Forward and reload bring the answers back: one snapshot in the
 * page's own history entry (`history.state`), never in cookies, localStorage or IndexedDB. It lives as
 * long as the entry: closing the tab ends it, and "Clear all answers" empties it at once. A link that
 * opens the page again makes a new entry, which starts empty; so does a new tab.
 *
 * Written at most once per WRITE_DELAY_MS while the reader types (browsers throttle replaceState), and
 * at once when the page is hidden (a link, Back, reload) or cleared.
 */
import { FACTS, type Confirmed, type FactId } from '../../criteria';
import { formValue, isConfirmed } from './values';
import type { Raw } from './form';

/** A calculator's inputs by field key ("h", "unit", "face"...): the text typed or the value chosen. */
export type CalcInputs = Partial<Record<FactId, Record<string, string>>>;

/** Everything kept for this tab, in one object: add a field here to keep one more thing. */
export interface TabSnapshot {
  /** The answers, as entered (the same shape as a saved file's `answers`). */
  answers: Raw;
  /** Each calculator's inputs, by the fact it helps with. */
  calc: CalcInputs;
  /** The calculators left open. */
  open: FactId[];
  /** Flagged numbers the reader confirmed (src/criteria/guards.ts), as in a saved file. */
  confirmed: Confirmed;
}

export const EMPTY_SNAPSHOT: TabSnapshot = { answers: {}, calc: {}, open: [], confirmed: {} };

/** The key in history.state (the state is shared with anything else that might use it). */
const KEY = 'nct06792344-checker';
export const WRITE_DELAY_MS = 400;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFact = (key: unknown): key is FactId => typeof key === 'string' && Object.hasOwn(FACTS, key);

/** The snapshot in a history state, or an empty one; anything the form could not hold is dropped. */
export function readSnapshot(state: unknown): TabSnapshot {
  const kept = isRecord(state) ? state[KEY] : undefined;
  if (!isRecord(kept)) return EMPTY_SNAPSHOT;
  const answers: Raw = {};
  const calc: CalcInputs = {};
  if (isRecord(kept.answers))
    for (const [fact, value] of Object.entries(kept.answers)) {
      const read = isFact(fact) ? formValue(fact, value) : undefined;
      if (read !== undefined) answers[fact as FactId] = read;
    }
  if (isRecord(kept.calc))
    for (const [fact, inputs] of Object.entries(kept.calc)) {
      if (!isFact(fact) || !isRecord(inputs)) continue;
      calc[fact] = Object.fromEntries(
        Object.entries(inputs).filter(([, v]) => typeof v === 'string' && v.length <= 400),
      ) as Record<string, string>;
    }
  const open = Array.isArray(kept.open) ? kept.open.filter(isFact) : [];
  const confirmed = isRecord(kept.confirmed) && isConfirmed(kept.confirmed) ? kept.confirmed : {};
  return { answers, calc, open, confirmed };
}

/** Replaces this history entry's snapshot (the URL and any other state stay as they are). */
export function writeSnapshot(snapshot: TabSnapshot): void {
  try {
    history.replaceState({ ...(isRecord(history.state) ? history.state : {}), [KEY]: snapshot }, '');
  } catch {
    // Refused (throttled, or a sandboxed frame): the answers stay on the page, just not kept for Back.
  }
}
