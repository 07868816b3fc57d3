// Saved answers: the JSON file written by "Save answers" and read back by "Open saved answers".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askedQuestions, numberErrors, type Raw } from '../../src/components/checker/form';
import {
  MAX_SAVED_BYTES,
  SAVED_FORMAT,
  SAVED_VERSION,
  openSavedFile,
  readSavedText,
  savedFileName,
  savedFileText,
} from '../../src/components/checker/saved';
import { FACT_IDS, FACTS, IMMUNOMODULATORS, type FactId } from '../../src/criteria';

const PROBLEMS = ['tooLarge', 'notOurs', 'damaged', 'newerVersion'];
const fullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** What the form could hold for a fact, as typed or ticked: valid, out of range, full-width or junk. */
function rawValue(fact: FactId): fc.Arbitrary<string | string[]> {
  const spec = FACTS[fact];
  if (spec.type === 'boolean') return fc.constantFrom('yes', 'no', 'unknown');
  if (spec.type === 'enum[]')
    return fc.oneof(fc.subarray([...IMMUNOMODULATORS]), fc.constant<string[]>(['none']), fc.constant<string[]>([]));
  const inRange = fc.double({ min: spec.min, max: spec.max, noNaN: true }).map((n) => String(Math.round(n * 10) / 10));
  return fc.oneof(
    inRange,
    inRange.map(fullWidth),
    fc.constantFrom('１２，５', '５５', `${spec.max + 1}`, '-4', '12,5,0'),
    fc.integer({ min: spec.max + 1, max: 10 ** 9 }).map(String),
    fc.string({ maxLength: 60 }),
  );
}
const rawAnswers: fc.Arbitrary<Raw> = fc.record(
  Object.fromEntries(FACT_IDS.map((fact) => [fact, rawValue(fact)])) as Record<FactId, fc.Arbitrary<string | string[]>>,
  { requiredKeys: [] },
);
const dates = fc.date({
  min: new Date('1970-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  noInvalidDate: true,
});

/** The raw answers as they should come back: empty and blank answers dropped, text trimmed to 40 characters. */
function expectedBack(raw: Raw): Raw {
  const back: Raw = {};
  for (const [fact, value] of Object.entries(raw) as [FactId, string | string[]][])
    if (Array.isArray(value) ? value.length > 0 : value.trim() !== '')
      back[fact] = Array.isArray(value) ? value : value.trim().slice(0, 40);
  return back;
}
const utcDay = (d: Date) =>
  `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

/** Whether a value read back is one the form itself could hold for the fact. */
function formValid(fact: FactId, value: unknown): boolean {
  const spec = FACTS[fact];
  if (spec.type === 'boolean') return value === 'yes' || value === 'no' || value === 'unknown';
  if (spec.type === 'enum[]') {
    if (!Array.isArray(value) || new Set(value).size !== value.length) return false;
    if (value.includes('none')) return value.length === 1;
    return value.every((v) => (IMMUNOMODULATORS as readonly unknown[]).includes(v));
  }
  return typeof value === 'string' && value.length <= 40;
}

const validFile = (answers: Record<string, unknown> = { age_years: '45', ecg_normal: 'yes' }) => ({
  format: SAVED_FORMAT,
  version: SAVED_VERSION,
  saved: '2026-11-25',
  answers,
});
const read = (file: unknown) => readSavedText(JSON.stringify(file));

describe('savedFileText and readSavedText', () => {
  it('round-trips any answers, trimmed and without empty ones, with the UTC day it was saved', () => {
    fc.assert(
      fc.property(rawAnswers, dates, (raw, date) => {
        expect(readSavedText(savedFileText(raw, date))).toEqual({
          ok: true,
          raw: expectedBack(raw),
          confirmed: {},
          saved: utcDay(date),
        });
      }),
    );
  });

  it('writes no wording: only format, version, saved date and answers keyed by fact id', () => {
    fc.assert(
      fc.property(rawAnswers, dates, (raw, date) => {
        const file = JSON.parse(savedFileText(raw, date));
        expect(Object.keys(file)).toEqual(['format', 'version', 'saved', 'answers']);
        expect(file).toMatchObject({ format: SAVED_FORMAT, version: SAVED_VERSION });
        for (const key of Object.keys(file.answers)) expect(FACT_IDS).toContain(key);
      }),
    );
  });

  it('carries the confirmed flagged values, and reads files saved before them (no "confirmed")', () => {
    const text = savedFileText({ lvef_pct: '40', age_years: '12' }, new Date('2026-11-25T12:00:00Z'), {
      lvef_pct: 40,
      egfr: undefined,
    });
    expect(JSON.parse(text).confirmed).toEqual({ lvef_pct: 40 });
    expect(readSavedText(text)).toMatchObject({ ok: true, confirmed: { lvef_pct: 40 } });
    expect(Object.keys(JSON.parse(savedFileText({ lvef_pct: '60' }, new Date())))).not.toContain('confirmed');
    expect(read(validFile())).toMatchObject({ ok: true, confirmed: {} });
  });

  it('refuses a confirmation that is not a number for a guarded fact', () => {
    for (const confirmed of [{ lvef_pct: '40' }, { ecg_normal: 1 }, { nonsense: 1 }, [], null])
      expect(read({ ...validFile(), confirmed })).toEqual({ ok: false, problem: 'damaged' });
  });

  it('keeps a wrong number, so the form reports it as if it had been typed', () => {
    const opened = read(validFile({ lvef_pct: '600' }));
    expect(opened).toEqual({ ok: true, raw: { lvef_pct: '600' }, confirmed: {}, saved: '2026-11-25' });
    if (!opened.ok) return;
    expect(numberErrors(opened.raw, askedQuestions(opened.raw), new Set())).toContain('lvef_pct');
  });
});

describe('readSavedText refuses what it cannot use, without throwing', () => {
  it('calls any text that is not JSON, or JSON without our format, not ours', () => {
    const notOurs = { ok: false, problem: 'notOurs' };
    for (const text of ['', 'not json', '{"format":', 'prescreen-answers'])
      expect(readSavedText(text)).toEqual(notOurs);
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.object().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(readSavedText(text)).toEqual(notOurs);
      }),
    );
    expect(read({ ...validFile(), format: 'nct06792344-something-else' })).toEqual(notOurs);
  });

  it('calls a file from a newer version newer, not damaged', () => {
    fc.assert(
      fc.property(fc.integer({ min: SAVED_VERSION + 1 }), (version) => {
        expect(read({ ...validFile(), version })).toEqual({ ok: false, problem: 'newerVersion' });
      }),
    );
  });

  it.each<[string, Record<string, unknown>]>([
    ['a fractional version', { version: 1.5 }],
    ['version zero', { version: 0 }],
    ['a version given as text', { version: '1' }],
    ['no version', { version: undefined }],
    ['a saved date that is not YYYY-MM-DD', { saved: '25/11/2026' }],
    ['no saved date', { saved: 20261125 }],
    ['a saved date that is no real day', { saved: '2026-13-45' }],
    ['answers as a list', { answers: [['age_years', '45']] }],
    ['answers as text', { answers: 'age_years=45' }],
    ['an unknown fact id', { answers: { age_years: '45', shoe_size: '42' } }],
    ['an inherited property name as a fact id', { answers: { toString: 'yes' } }],
    ['a boolean fact answered "maybe"', { answers: { ecg_normal: 'maybe' } }],
    ['a boolean fact answered true', { answers: { ecg_normal: true } }],
    ['an unknown medicine', { answers: { other_immunomodulators: ['aspirin'] } }],
    ['"none" beside a medicine', { answers: { other_immunomodulators: ['none', 'rituximab'] } }],
    ['a medicine listed twice', { answers: { other_immunomodulators: ['rituximab', 'rituximab'] } }],
    ['medicines as text', { answers: { other_immunomodulators: 'rituximab' } }],
    ['a number field holding an object', { answers: { lvef_pct: { value: 55 } } }],
    ['a number field holding 41 characters', { answers: { lvef_pct: '5'.repeat(41) } }],
  ])('calls a file with %s damaged', (_, change) => {
    expect(read({ ...validFile(), ...change })).toEqual({ ok: false, problem: 'damaged' });
  });

  it('never throws on a changed file, and opens only values the form could hold', () => {
    const field = fc.oneof(fc.constantFrom('format', 'version', 'saved', 'answers'), fc.constantFrom(...FACT_IDS));
    fc.assert(
      fc.property(rawAnswers, field, fc.jsonValue(), (raw, key, value) => {
        const file = JSON.parse(savedFileText(raw, new Date('2026-11-25T10:00:00Z')));
        if (key in file) file[key] = value;
        else file.answers[key] = value;
        const opened = read(file);
        if (!opened.ok) expect(PROBLEMS).toContain(opened.problem);
        else
          for (const [fact, v] of Object.entries(opened.raw)) {
            expect(FACT_IDS).toContain(fact);
            expect(formValid(fact as FactId, v)).toBe(true);
          }
      }),
    );
  });
});

describe('openSavedFile', () => {
  it('refuses a file over the size limit without reading it', async () => {
    class Unreadable extends Blob {
      override text(): Promise<string> {
        throw new Error('read a file that is too large');
      }
    }
    const big = new Unreadable([' '.repeat(MAX_SAVED_BYTES + 1)]);
    expect(await openSavedFile(big)).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('opens a saved file, even one padded to exactly the size limit', async () => {
    const text = savedFileText(
      { age_years: ' 45 ', other_immunomodulators: ['none'] },
      new Date('2026-11-25T10:00:00Z'),
    );
    const expected = {
      ok: true,
      raw: { age_years: '45', other_immunomodulators: ['none'] },
      confirmed: {},
      saved: '2026-11-25',
    };
    expect(await openSavedFile(new Blob([text]))).toEqual(expected);
    expect(await openSavedFile(new Blob([text.padEnd(MAX_SAVED_BYTES)]))).toEqual(expected);
  });

  it('calls a file that cannot be read damaged', async () => {
    const broken = new Blob(['{}']);
    broken.text = () => Promise.reject(new Error('permission revoked'));
    expect(await openSavedFile(broken)).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('savedFileName', () => {
  it('names the file by the UTC day it was saved', () => {
    expect(savedFileName(new Date('2026-11-25T10:00:00Z'))).toBe('prescreen-answers-2026-11-25.json');
    expect(savedFileName(new Date('2026-11-25T23:30:00-05:00'))).toBe('prescreen-answers-2026-11-26.json');
  });
});
