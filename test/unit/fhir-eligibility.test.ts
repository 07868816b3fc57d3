// The eligibility definition read as R5 defines it: the EvidenceVariable, read by ./r5-reader.ts (R5 core
// semantics, no extension, nothing from the engine), gives the engine's answer on every criterion for
// thousands of generated patients around every threshold and time window, save where R5 cannot say what
// the engine does (a measured mPAP outranking the answer, E1), which the record's note says. A definition
// with any one any-of turned into all-of disagrees with the engine.
import type { EvidenceVariableCharacteristic as Characteristic } from 'fhir/r5';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  FACT_IDS,
  FACT_WINDOWS,
  FACTS,
  IMMUNOMODULATORS,
  conditionsOf,
  evaluate,
  factsOf,
  thresholdsOn,
  type FactId,
  type Status,
} from '../../src/criteria';
import { eligibilityDefinition, NOTES } from '../../src/records/evidence-variable';
import { FACT_SYSTEM, QUANTITY_UNITS } from '../../src/records/fhir-codes';
import { patient } from './patients';
import { read, type Datum, type Tri } from './r5-reader';

type Windowed = keyof typeof FACT_WINDOWS;
const WINDOWED = Object.keys(FACT_WINDOWS) as Windowed[];
const isWindowed = (f: FactId): f is Windowed => (WINDOWED as FactId[]).includes(f);
/** The world a patient lives in: answers, and for the time-window facts the days since the event. */
type World = Partial<Record<FactId, unknown>>;

const windowDays = (f: Windowed) => FACT_WINDOWS[f].value * (FACT_WINDOWS[f].unit === 'weeks' ? 7 : 30.4375);

/** Values of a fact around each of its thresholds (and window), its range's ends, and "not known". */
function valuesOf(fact: FactId): fc.Arbitrary<unknown> {
  const spec = FACTS[fact];
  if (isWindowed(fact)) {
    const d = windowDays(fact);
    const days = [1, Math.floor(d) - 1, Math.floor(d), Math.ceil(d), Math.ceil(d) + 1, 400];
    return fc.constantFrom(undefined, 'none', 'none', ...days);
  }
  if (spec.type === 'boolean') return fc.constantFrom(true, false, true, false, undefined);
  if (spec.type === 'enum[]')
    return fc.oneof(fc.constant(undefined), fc.constant([]), fc.subarray([...IMMUNOMODULATORS]));
  const step = spec.type === 'integer' ? [1] : [0.01, 0.1, 1];
  const near = thresholdsOn(fact).flatMap((t) => [t.value, ...step.flatMap((s) => [t.value - s, t.value + s])]);
  return fc.constantFrom(undefined, spec.min, spec.max, ...near.filter((v) => v >= spec.min && v <= spec.max));
}

const criterionFacts = new Map(CRITERIA.map((c) => [c.id, [...new Set(conditionsOf(c.rule).flatMap(factsOf))]]));

/** The eligible patient with every fact of one to three criteria drawn around its thresholds. */
const worlds: fc.Arbitrary<World> = fc
  .shuffledSubarray([...criterionFacts.keys()], { minLength: 0, maxLength: 3 })
  .chain((ids) => {
    const facts = [...new Set(ids.flatMap((id) => criterionFacts.get(id)!))];
    return fc.record(Object.fromEntries(facts.map((f) => [f, valuesOf(f)])) as Record<string, fc.Arbitrary<unknown>>);
  })
  .map((changes) => worldOf(patient(changes)));

/** Answers as the world: the window facts' "no" is "no such event". */
function worldOf(answers: Record<string, unknown>): World {
  const world: World = { ...answers };
  for (const f of WINDOWED) if (answers[f] === false) world[f] = 'none';
  return world;
}

/** What the engine is told: an event in its window is "yes". */
function answersOf(world: World): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [f, v] of Object.entries(world) as [FactId, unknown][]) {
    if (v === undefined) continue;
    answers[f] = isWindowed(f) && v !== true && v !== false ? v !== 'none' && (v as number) <= windowDays(f) : v;
  }
  return answers;
}

/** What the FHIR reader is given: data keyed by coded type, events with their day before screening. */
function dataOf(world: World): Map<string, Datum> {
  const data = new Map<string, Datum>();
  for (const [f, v] of Object.entries(world) as [FactId, unknown][]) {
    if (v === undefined) continue;
    const spec = FACTS[f];
    const key = `${FACT_SYSTEM}|${f}`;
    if (isWindowed(f) && typeof v !== 'boolean')
      data.set(key, v === 'none' ? { value: false } : { value: true, days: -(v as number) });
    else if (spec.type === 'enum[]') data.set(key, { value: (v as string[]).map((code) => `${FACT_SYSTEM}|${code}`) });
    else if ('unit' in spec)
      data.set(key, { value: v as number, unit: QUANTITY_UNITS[spec.unit].code ?? QUANTITY_UNITS[spec.unit].unit });
    else data.set(key, { value: v as boolean });
  }
  return data;
}

const expected = (s: Status): Tri => (s === 'pass' ? true : s === 'fail' ? false : null);

/** E1 where a measured pressure outranks the answer: the one thing the definition cannot say (NOTES[0]). */
function mpapOutranks(answers: Record<string, unknown>): boolean {
  const mpap = answers.mpap_mmhg as number | undefined;
  return mpap !== undefined && mpap > 45 !== answers.severe_pulmonary_hypertension;
}

interface Outcome {
  agrees: boolean;
  /** The definition's verdict is the engine's (member exactly when likely eligible, not exactly when ineligible). */
  sameVerdict: boolean;
  explained: boolean;
  verdict: string;
}

function compareOne(top: Characteristic, world: World): Outcome {
  const answers = answersOf(world);
  const engine = evaluate(answers);
  const data = dataOf(world);
  const byId = new Map(top.definitionByCombination!.characteristic.map((c) => [c.linkId, c]));
  const explained = mpapOutranks(answers);
  // Every criterion agrees (E1 excepted where the measured pressure outranks the answer) ...
  const criteria = engine.criteria.every(
    (c) => read(byId.get(c.id)!, data) === expected(c.status) || (c.id === 'E1' && explained),
  );
  // ... and so does the verdict: a member exactly when likely eligible, not one exactly when ineligible.
  const verdict = engine.verdict === 'likely_eligible' ? true : engine.verdict === 'ineligible' ? false : null;
  const sameVerdict = read(top, data) === verdict;
  return { agrees: criteria && (sameVerdict || explained), sameVerdict, explained, verdict: engine.verdict };
}

const HAND_CASES = {
  'an 8-year-old boy': patient({ age_years: 8, childbearing_potential: false }),
  'a 15-year-old girl with a negative test and contraception': patient({
    age_years: 15,
    childbearing_potential: true,
    urine_pregnancy_negative: true,
    contraception_agreed: true,
    blood_pregnancy_positive: false,
  }),
  'an HBcAb-positive child with normal HBV DNA': patient({ hbcab_positive: true, hbv_dna_above_normal: false }),
};

const definition = eligibilityDefinition();
const top = definition.characteristic![0]!;
const sample = [...fc.sample(worlds, { numRuns: 10_000, seed: 25 }), ...Object.values(HAND_CASES).map(worldOf)];

describe('the eligibility definition (EvidenceVariable) read with R5 core semantics', () => {
  it('uses no extension: a reader that knows only R5 core reads all of it', () => {
    expect(JSON.stringify(definition)).not.toContain('extension');
    expect(top.linkId).toBe('eligible');
    expect(top.definitionByCombination!.characteristic.map((c) => c.linkId)).toEqual(CRITERIA.map((c) => c.id));
  });

  it.each(Object.entries(HAND_CASES))(
    '%s is eligible by the engine and a member by the definition',
    (_name, answers) => {
      expect(evaluate(answers).verdict).toBe('likely_eligible');
      expect(read(top, dataOf(worldOf(answers)))).toBe(true);
    },
  );

  it('agrees with the engine on every criterion of 10,000 generated patients, save where the note says R5 cannot', () => {
    const outcomes = sample.map((world) => compareOne(top, world));
    const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
    const decided = count((o) => o.verdict === 'likely_eligible' || o.verdict === 'ineligible');
    const report = {
      patients: outcomes.length,
      decided,
      agreeing: count((o) => o.agrees && !o.explained),
      decidedAgreeing: count((o) => o.agrees && !o.explained && ['likely_eligible', 'ineligible'].includes(o.verdict)),
      mpapOutranks: count((o) => o.explained),
      decidedSameVerdict: count((o) => o.sameVerdict && ['likely_eligible', 'ineligible'].includes(o.verdict)),
      mpapOutranksOtherVerdict: count((o) => o.explained && !o.sameVerdict),
      byVerdict: Object.fromEntries(
        ['likely_eligible', 'ineligible', 'review', 'incomplete'].map((v) => [v, count((o) => o.verdict === v)]),
      ),
    };
    console.log('R5 reader vs engine:', JSON.stringify(report));
    expect(count((o) => !o.agrees)).toBe(0);
    for (const n of Object.values(report.byVerdict)) expect(n).toBeGreaterThan(100);
    expect(NOTES[0]).toContain('mean pulmonary arterial pressure');
  });

  it('reads every fact of the engine that a criterion uses', () => {
    const used = JSON.stringify(definition);
    for (const f of FACT_IDS.filter(
      (f) => f !== 'mpap_mmhg' && CRITERIA.some((c) => conditionsOf(c.rule).flatMap(factsOf).includes(f)),
    )) {
      expect(used, f).toContain(`"code":"${f}"`);
    }
  });

  /** Paths (lists of child indexes) to every any-of in the definition. */
  function anyOfPaths(c: Characteristic, path: number[] = []): number[][] {
    const children = c.definitionByCombination?.characteristic ?? [];
    const here = c.definitionByCombination?.code === 'any-of' ? [path] : [];
    return [...here, ...children.flatMap((child, i) => anyOfPaths(child, [...path, i]))];
  }

  it.each(anyOfPaths(top).map((p) => [p.join('/'), p] as const))(
    'a definition with the any-of at %s turned into all-of disagrees with the engine',
    (_label, path) => {
      const broken = structuredClone(top);
      const node = path.reduce((c, i) => c.definitionByCombination!.characteristic[i]!, broken);
      node.definitionByCombination!.code = 'all-of';
      expect(sample.some((world) => !compareOne(broken, world).agrees)).toBe(true);
    },
  );
});
