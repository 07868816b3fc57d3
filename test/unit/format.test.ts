// src/i18n/format.ts: the English formatter turns the engine's records into the sentences the checker shows,
// and every language writes dates as its Intl locale does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Reason } from '../../src/criteria';
import { criteria } from '../../src/i18n/en/criteria';
import { dayIn, explainReason, isoDate, localDay, questionWording, withUnit } from '../../src/i18n/format';
import { ui } from '../../src/i18n';
import { LANGS, LANGUAGES } from '../../src/i18n/languages';
import { questions } from '../../src/i18n/en/questions';
import { patient } from './patients';

const explain = (reason: Reason) => explainReason(reason, criteria);
const sentences = (changes: Record<string, unknown>, id: string) =>
  evaluate(patient(changes))
    .criteria.find((c) => c.id === id)!
    .why.map(explain);

describe('the English explanations', () => {
  it('give the value and the threshold of a failed criterion', () => {
    expect(sentences({ mrss: 14 }, 'I4')).toMatchInlineSnapshot(`
      [
        "mRSS 14 points: below the minimum of 15 points.",
      ]
    `);
  });
  it('say what is needed where an answer is missing', () => {
    expect(sentences({ lvef_pct: undefined, egfr: undefined }, 'I6')).toEqual([
      'LVEF: not answered yet (needed: at least 55%).',
      'eGFR: not answered yet (needed: at least 30 mL/min/1.73 m²).',
    ]);
  });
  it('write multiples of ULN with a decimal, as the registry does', () => {
    expect(sentences({ ast_x_uln: 4 }, 'I6')).toEqual(['AST 4.0 × ULN: above the maximum of 3.0 × ULN.']);
    expect(withUnit(12, 'years', criteria)).toBe('12 years');
  });
  it('name the medicines, yes/no answers, review and an outranking measurement', () => {
    expect(
      explain({ kind: 'list', fact: 'other_immunomodulators', value: ['mycophenolate', 'other_immunomodulator'] }),
    ).toBe('Other immunomodulators: mycophenolate, another immunomodulator (not listed).');
    expect(explain({ kind: 'list', fact: 'other_immunomodulators', value: [] })).toBe(
      'Other immunomodulators: none received.',
    );
    expect(explain({ kind: 'answer', fact: 'active_tuberculosis', value: false })).toBe('Active tuberculosis: no.');
    // "Don't know" is an answer: not known yet, never "not answered".
    expect(explain({ kind: 'answer', fact: 'active_tuberculosis' })).toBe('Active tuberculosis: not known yet.');
    expect(explain({ kind: 'review', criterion: 'E2' })).toMatch(/^Previous CAR-T therapy: the investigators decide/);
    expect(explain({ kind: 'measuredOutranks', measured: 'mpap_mmhg', answer: 'severe_pulmonary_hypertension' })).toBe(
      'The measured pressure is used instead of the yes/no answer.',
    );
  });
});

describe('question hints', () => {
  it('quote the thresholds and ranges of the data', () => {
    expect(questionWording('lvef_pct', questions).hint).toBe(
      'Percentage, 0 to 100. The trial needs 55 or more. Enter the ejection fraction (EF), not the fractional shortening (FS) printed beside it.',
    );
    expect(questionWording('age_years', questions).hint).toBe(
      'In completed years (18 and a half is 18), 0 to 120. The trial takes ages 5 to 18.',
    );
    expect(questionWording('bilirubin_x_uln', questions).hint).toBe('0 to 1000. The trial needs 2.0 or less.');
    expect(questionWording('months_without_remission', questions).hint).toMatch(
      /^Months, up to today, 0 to 600; part of a month as a decimal \(3 and a half months is 3\.5\)\. The trial needs more than 3\. The registry does not say from which day/,
    );
    expect(questionWording('ssc_classification_met', questions).hint).toBe('A total score of 9 or more.');
  });
});

describe('dates', () => {
  it.each(LANGS)('are written in %s as Intl writes them in its locale, on any day from 1900 to 2200', (lang) => {
    const intl = new Intl.DateTimeFormat(LANGUAGES[lang].intl, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (date) => {
          expect(dayIn(isoDate(date), ui(lang).dates)).toBe(intl.format(date));
        },
      ),
      { numRuns: 500 },
    );
    // Every month at least once.
    for (let month = 1; month <= 12; month++) {
      const day = `2026-${String(month).padStart(2, '0')}-01`;
      expect(dayIn(day, ui(lang).dates)).toBe(intl.format(new Date(`${day}T00:00:00Z`)));
    }
  });

  it('take today where the reader is, not in UTC', () => {
    // 07:00 on 2 December in Beijing is still 1 December in UTC.
    const beijingMorning = new Date(2026, 11, 2, 7, 0);
    expect(localDay(beijingMorning)).toBe('2026-12-02');
    expect(localDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
