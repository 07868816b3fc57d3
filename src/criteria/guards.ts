/**
 * Numbers that look like another field's, as data beside the facts: a range per fact that is accepted
 * by the fact's own range (facts.ts) but suggests a known mistake, with its source. A flagged value is
 * not known yet, so it can never rule a child out, until the reader changes it or confirms that the
 * report does say it (`impossible` ones cannot be confirmed: the value must change). Each language
 * words the mistakes (checker `flags`), filling {value}, {low} and {high} from here. Each guard's source
 * is the comment above it (comments, not strings, so that the checker's bundle does not carry them);
 * the checker's README lists them in its automation contract.
 */
import type { Answers, FactId } from './facts';

/** The kind of mistake a value suggests. */
export type Mistake =
  | 'resultNotMultiple'
  | 'mgNotPerKg'
  | 'shorteningNotEjection'
  | 'fractionNotPercent'
  | 'pulseNotSaturation'
  | 'measuredNotPredicted'
  | 'creatinineNotEgfr'
  | 'yearsNotMonths'
  | 'longerThanAge'
  | 'nominalAge';

/** A bound: a number, or another fact's value × `times` + `plus` (months against the age in years). */
export type Bound = number | { fact: FactId; times: number; plus: number };

export interface Guard {
  /** Flagged when the value is above `above` / at least `from` / at most `to`, each bound given. */
  above?: Bound;
  from?: number;
  to?: number;
  mistake: Mistake;
  /** No value in this range can be right: no "the report does say this". */
  impossible?: true;
}

/**
 * A lab result typed as is (AST 35 U/L read as 35 × ULN): issue 24 and review 2026-12-06 A.3, whose
 * figure (above 10) this is. More than 10 × ULN is rare; the registry's limits are 3.0 × ULN (AST, ALT)
 * and 2.0 × ULN (total bilirubin), so a real value above 10 fails either way once confirmed.
 */
const resultNotMultiple: Guard = { above: 10, mistake: 'resultNotMultiple' };
/** A percentage typed as a fraction (0.62 for 62 %): an LVEF or SpO2 of 1 % or less cannot be right. */
const fraction: Guard = { to: 1, mistake: 'fractionNotPercent', impossible: true };
/**
 * The measured value (FVC in litres, DLCO in mmol/min/kPa) or the predicted one typed instead of the
 * % of predicted: lung function reports list all three. A child who can do the test is far above 10 %
 * of predicted; the registry needs DLCO 40 % and FVC 50 % or more.
 */
const measured: Guard = { above: 0, to: 10, mistake: 'measuredNotPredicted' };

export const GUARDS: Partial<Record<FactId, readonly Guard[]>> = {
  // Traditional Chinese age (虚岁) counts 1 at birth and adds a year at the new year: 1 or 2 more than
  // completed years (周岁). The registry lists ages 5-18, so 19 and 20 may be a child of 17 or 18.
  age_years: [{ from: 19, to: 20, mistake: 'nominalAge' }],
  // The usual highest daily dose by mouth for a child is 2 mg/kg/day, at most 60 mg a day (KDIGO 2021
  // glomerular diseases guideline, childhood nephrotic syndrome); review 2026-12-06 A.3: 10 (mg) typed
  // as mg/kg/day. Intravenous pulses can be higher (the fact's range goes to 30): confirmable.
  max_glucocorticoid_mg_per_kg_day: [{ above: 2, mistake: 'mgNotPerKg' }],
  months_without_remission: [
    // More months than the child has lived: the age in completed years, plus the year under way.
    { above: { fact: 'age_years', times: 12, plus: 12 }, mistake: 'longerThanAge', impossible: true },
    // The registry needs more than 3 months: a duration in years (1, 2, 3) typed as months fails it.
    { above: 0, to: 3, mistake: 'yearsNotMonths' },
  ],
  // Echo reports print EF and FS; FS is typically 28-44 % (review 2026-12-06 A.3), LVEF normally about
  // 55-70 % (CLINICAL-REFERENCE.md). A real LVEF of 28-44 fails the registry's 55 % once confirmed.
  lvef_pct: [fraction, { from: 28, to: 44, mistake: 'shorteningNotEjection' }],
  // A child's creatinine is about 0.2-1.0 mg/dL, a value under 2 almost certainly mg/dL
  // (CLINICAL-REFERENCE.md, src/calculators/egfr.ts): an eGFR of 2 or less looks like one.
  egfr: [{ above: 0, to: 2, mistake: 'creatinineNotEgfr' }],
  ast_x_uln: [resultNotMultiple],
  alt_x_uln: [resultNotMultiple],
  bilirubin_x_uln: [resultNotMultiple],
  // A finger clip shows the pulse rate beside SpO2. The registry needs 92 % or more; 85-91 stay
  // unflagged as real readings near that limit, and a real value below 85 fails once confirmed.
  spo2_pct: [fraction, { above: 1, to: 84, mistake: 'pulseNotSaturation' }],
  dlco_pct_pred: [measured],
  fvc_pct_pred: [measured],
};

/** A bound's number for these answers, or undefined when it rests on a fact not known. */
function bound(b: Bound, answers: Answers): number | undefined {
  if (typeof b === 'number') return b;
  const of = answers[b.fact];
  return typeof of === 'number' ? of * b.times + b.plus : undefined;
}

/** The guard a value trips, if any (the first, in the order above). */
export function guardOf(fact: FactId, value: number, answers: Answers): Guard | undefined {
  return GUARDS[fact]?.find((g) => {
    const above = g.above === undefined ? undefined : bound(g.above, answers);
    if (g.above !== undefined && (above === undefined || value <= above)) return false;
    return (g.from === undefined || value >= g.from) && (g.to === undefined || value <= g.to);
  });
}

/** The values the reader confirmed ("the report does say this"), by fact: a confirmation holds for that value only. */
export type Confirmed = Partial<Record<FactId, number>>;

/**
 * The facts the engine gets: the answers without the flagged values not confirmed, and the flags. Pure,
 * and language-free: the view shows each flag at its question.
 */
export function screenAnswers(
  answers: Answers,
  confirmed: Confirmed,
): { answers: Answers; flags: Partial<Record<FactId, Guard>> } {
  const flags: Partial<Record<FactId, Guard>> = {};
  const kept: Record<string, unknown> = { ...answers };
  for (const fact of Object.keys(GUARDS) as FactId[]) {
    const value = answers[fact];
    if (typeof value !== 'number') continue;
    const guard = guardOf(fact, value, answers);
    if (!guard) continue;
    flags[fact] = guard;
    if (guard.impossible || confirmed[fact] !== value) delete kept[fact];
  }
  return { answers: kept as Answers, flags };
}
