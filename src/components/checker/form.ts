/**
 * The checker's form model, apart from the view: which questions there are, which are asked, what the
 * typed text means, and the answers handed to the engine. Eligibility itself is the engine's job.
 */
import { FACTS, isAsked, type Answers, type FactId } from '../../criteria';
import { parseNumber } from '../../lib/numbers';

export type Group = 'patient' | 'disease' | 'organs' | 'infections';

/** Question order, by group. Every fact is asked somewhere. */
export const GROUPS: Record<Group, FactId[]> = {
  patient: [
    'age_years',
    'childbearing_potential',
    'urine_pregnancy_negative',
    'contraception_agreed',
    'blood_pregnancy_positive',
    'consent_willing',
  ],
  disease: [
    'ssc_classification_met',
    'autoantibody_positive',
    'mrss',
    'max_glucocorticoid_mg_per_kg_day',
    'cyclophosphamide_received',
    'other_immunomodulators',
    'months_without_remission',
    'rapid_progression_refractory',
    'prior_car_t',
    'other_trial_within_3_months',
  ],
  organs: [
    'lvef_pct',
    'ecg_normal',
    'egfr',
    'ast_x_uln',
    'alt_x_uln',
    'bilirubin_x_uln',
    'spo2_pct',
    'dlco_pct_pred',
    'fvc_pct_pred',
    'mpap_mmhg',
    'severe_pulmonary_hypertension',
    'other_severe_organ_involvement',
    'active_cns_disease',
    'congenital_heart_disease',
    'recent_myocardial_infarction',
    'severe_arrhythmia',
    'pericardial_or_myocardial_disease',
    'vasoactive_support',
  ],
  infections: [
    'active_tuberculosis',
    'active_infection',
    'hbsag_positive',
    'hbcab_positive',
    'hbv_dna_above_normal',
    'hcv_ab_positive',
    'hcv_rna_above_normal',
    'hiv_ab_positive',
    'treponema_ab_positive',
    'live_vaccine_within_4_weeks',
    'transplant_within_3_months',
    'acute_gvhd_grade2_within_2_weeks',
    'known_malignancy',
  ],
};
export const QUESTION_ORDER: FactId[] = Object.values(GROUPS).flat();

/** What the person has entered: radio value, typed text, or ticked boxes. Absent = untouched. */
export type Raw = Partial<Record<FactId, string | string[]>>;

/** The questions that apply to these answers, in order (which ones is data: src/criteria/asked.ts). */
export function askedQuestions(raw: Raw): FactId[] {
  const answers = readAnswers(raw, QUESTION_ORDER);
  return QUESTION_ORDER.filter((fact) => isAsked(fact, answers));
}

type NumberCheck = { ok: true; value: number } | { ok: false; empty: boolean };

/** Whether typed text is an acceptable value for a number fact (right form, in range, whole if it must be). */
function checkNumber(fact: FactId, text: string): NumberCheck {
  const spec = FACTS[fact];
  if (text.trim() === '') return { ok: false, empty: true };
  const value = parseNumber(text);
  if (value === undefined || !('min' in spec)) return { ok: false, empty: false };
  if (value < spec.min || value > spec.max || (spec.type === 'integer' && !Number.isInteger(value)))
    return { ok: false, empty: false };
  return { ok: true, value };
}

/** Answered = given a value the engine can use, or "Don't know" chosen. */
export function isAnswered(fact: FactId, raw: Raw): boolean {
  const value = raw[fact];
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (FACTS[fact].type === 'boolean') return true;
  return checkNumber(fact, value).ok;
}

/** The usable values among `facts`: valid numbers, yes/no, ticked lists; "Don't know" is left out. */
function readAnswers(raw: Raw, facts: readonly FactId[]): Answers {
  const answers: Record<string, unknown> = {};
  for (const fact of facts) {
    const value = raw[fact];
    if (value === undefined) continue;
    const type = FACTS[fact].type;
    if (type === 'boolean') {
      if (value === 'yes') answers[fact] = true;
      else if (value === 'no') answers[fact] = false;
    } else if (type === 'enum[]') {
      if (Array.isArray(value) && value.length) answers[fact] = value.includes('none') ? [] : value;
    } else if (typeof value === 'string') {
      const check = checkNumber(fact, value);
      if (check.ok) answers[fact] = check.value;
    }
  }
  return answers as Answers;
}

/** The answers for the engine: only questions that are asked (`askedQuestions(raw)`), only valid values. */
export function toAnswers(raw: Raw, asked: readonly FactId[]): Answers {
  return readAnswers(raw, asked);
}

/**
 * Number fields whose text is not acceptable. Errors show as soon as the text cannot be right, while
 * typing, so that nothing appears above the next question when the person moves on to it (a field
 * that grew on blur would move the control they are clicking). A lone "." or "," shows once left.
 * Empty fields are not errors: they are simply not known.
 */
export function numberErrors(raw: Raw, asked: readonly FactId[], left: ReadonlySet<FactId>): FactId[] {
  return asked.filter((fact) => {
    const value = raw[fact];
    if (typeof value !== 'string' || !('min' in FACTS[fact]) || value.trim() === '') return false;
    return !checkNumber(fact, value).ok && (left.has(fact) || !/^[.,]$/.test(value.normalize('NFKC').trim()));
  });
}

/** What a form on the page holds, by question: for choices and text entered before the island hydrated. */
export function readForm(form: HTMLFormElement): Raw {
  const raw: Raw = {};
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement) || !Object.hasOwn(FACTS, el.name)) continue;
    const fact = el.name as FactId;
    if (el.type === 'checkbox') {
      if (el.checked) raw[fact] = [...((raw[fact] as string[] | undefined) ?? []), el.value];
    } else if (el.type === 'radio') {
      if (el.checked) raw[fact] = el.value;
    } else if (el.value !== '') raw[fact] = el.value;
  }
  return raw;
}

/** The question a calculator's disclosure belongs to. */
export const calculatorFact = (details: Element) => details.closest('.question')!.id.slice(2) as FactId;

/** The questions whose calculator is open, opened by the reader before the script ran. */
export function openCalculators(form: HTMLFormElement): FactId[] {
  return [...form.querySelectorAll('details.calculator[open]')].map(calculatorFact);
}

/** Ticking "none" clears the medicines; ticking a medicine clears "none". */
export function toggleListValue(current: readonly string[], value: string, checked: boolean): string[] {
  if (!checked) return current.filter((v) => v !== value);
  if (value === 'none') return ['none'];
  return [...current.filter((v) => v !== 'none'), value];
}
