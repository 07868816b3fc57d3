/**
 * Reading a saved-answers file ("Open saved answers"; ./saved.ts says what the file holds). Loaded when
 * a file is opened, and with no imports of its own: what it checks against (the facts, the guards, the
 * format) is handed in by ./saved.ts, so this chunk shares no module with the checker's bundle.
 */
import type { Confirmed, FactId, FACTS, GUARDS } from '../../criteria';
import type { Raw } from './form';

export type OpenProblem = 'tooLarge' | 'notOurs' | 'damaged' | 'newerVersion';
export type Opened = { ok: true; raw: Raw; confirmed: Confirmed; saved: string } | { ok: false; problem: OpenProblem };

/** What a file is checked against. */
export interface ReadContext {
  facts: typeof FACTS;
  guards: typeof GUARDS;
  format: string;
  version: number;
  /** Longest text kept for a number field. */
  maxText: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A real day written YYYY-MM-DD (not 2026-13-45). */
function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** A value the form could hold for this fact, or undefined. */
function formValue(fact: FactId, value: unknown, c: ReadContext): string | string[] | undefined {
  const spec = c.facts[fact];
  if (spec.type === 'boolean') return value === 'yes' || value === 'no' || value === 'unknown' ? value : undefined;
  if (spec.type === 'enum[]') {
    if (!Array.isArray(value) || value.length > spec.values.length + 1) return undefined;
    const allowed: readonly string[] = [...spec.values, 'none'];
    const ok = value.every((v) => typeof v === 'string' && allowed.includes(v)) && new Set(value).size === value.length;
    return ok && !(value.includes('none') && value.length > 1) ? (value as string[]) : undefined;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.length <= c.maxText ? value : undefined;
}

/** Reads a saved file's text. Never throws; on any problem the caller keeps the answers it has. */
export function readSaved(text: string, c: ReadContext): Opened {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Cut short or garbled: damaged if it names our format, otherwise not ours.
    return { ok: false, problem: text.includes(c.format) ? 'damaged' : 'notOurs' };
  }
  if (!isRecord(data) || data.format !== c.format) return { ok: false, problem: 'notOurs' };
  const { version, saved, answers, confirmed = {} } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'damaged' };
  if (version > c.version) return { ok: false, problem: 'newerVersion' };
  if (!isDay(saved) || !isRecord(answers) || !isRecord(confirmed)) return { ok: false, problem: 'damaged' };
  const raw: Raw = {};
  for (const [key, value] of Object.entries(answers)) {
    if (!Object.hasOwn(c.facts, key)) return { ok: false, problem: 'damaged' };
    const read = formValue(key as FactId, value, c);
    if (read === undefined) return { ok: false, problem: 'damaged' };
    raw[key as FactId] = read;
  }
  // A confirmation is a number for a fact that has guards (src/criteria/guards.ts).
  for (const [key, value] of Object.entries(confirmed))
    if (!Object.hasOwn(c.guards, key) || typeof value !== 'number' || !Number.isFinite(value))
      return { ok: false, problem: 'damaged' };
  return { ok: true, raw, confirmed: confirmed as Confirmed, saved };
}
