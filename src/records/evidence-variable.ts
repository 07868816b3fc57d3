/**
 * The eligibility definition as FHIR R5 means it: an EvidenceVariable (an allowed target of
 * ResearchStudy.recruitment.eligibility) generated from the engine's own criteria data
 * (src/criteria/criteria.ts, conditions.ts, facts.ts), never written by hand. One characteristic
 * `all-of` the twenty criteria; each criterion is its condition tree: `all` -> all-of, `any` -> any-of,
 * exclusions and `not` -> exclude, leaves -> definitionByTypeAndValue (valueBoolean, valueQuantity,
 * valueRange, valueCodeableConcept), time windows -> timeFromEvent. The investigators' judgements are
 * characteristics with a description only: no reader can compute them, so they are unknown, never met.
 * What R5 cannot say is in `note` (NOTES).
 */
import type { CodeableConcept, EvidenceVariable, EvidenceVariableCharacteristic } from 'fhir/r5';
import {
  CRITERIA,
  FACT_WINDOWS,
  FACTS,
  IMMUNOMODULATORS,
  type Condition,
  type CriterionId,
  type FactId,
  type Threshold,
} from '../criteria';
import { trial } from '../data/trial';
import { en } from '../i18n/en';
import { FACT_SYSTEM, QUANTITY_UNITS, STANDARD_CODES, WINDOW_UNITS } from './fhir-codes';
import { narrative } from './narrative';

type Characteristic = EvidenceVariableCharacteristic;

/** What only the investigators can decide, for each criterion with a `reviewIf` (the registry's words). */
const JUDGEMENTS: Partial<Record<CriterionId, string>> = {
  I5: 'the benefits outweigh the risks, as determined by the investigator, with the full informed consent of the patient or guardian',
  E2: 'the investigators have not ruled out the safety risks of the earlier CAR-T therapy',
};

/** What R5 cannot say of what the site's pre-screen does, and how to read the description-only parts. */
export const NOTES = [
  'E1: the pre-screen lets a measured mean pulmonary arterial pressure (above 45 mmHg excludes) outrank the yes/no ' +
    'answer on severe pulmonary hypertension, and uses the answer only when no pressure was measured. R5 cannot say ' +
    '"use this value when it is known, else that one", so this definition holds the answer only; a measured pressure ' +
    'decides, and readers that have one should use it.',
  'Characteristics with a description and no definition are the investigators’ judgements (I5, E2): no reader can ' +
    'compute them. Read them as unknown, never as met or not met: where one decides, the study team decides.',
  'E13 (situations in which other investigators consider it inappropriate to participate) is the investigators’ ' +
    'judgement at any time: it is not a characteristic here, and the pre-screen never decides it either.',
  'Time windows are before screening (E12: before enrolment); R5 has no code for these events, so they are text.',
  '"× ULN" values are multiples of the laboratory’s upper limit of normal; UCUM has no unit for them.',
  `The registry record is authoritative: ${trial.registryUrl}`,
];

/** A fact as a characteristic's type: this site's fact id, a standard code beside it where one fits, the label. */
export function factType(fact: FactId): CodeableConcept {
  const standard = STANDARD_CODES[fact];
  return {
    coding: [{ system: FACT_SYSTEM, code: fact }, ...(standard ? [standard] : [])],
    text: en.criteria.factLabel[fact],
  };
}

function unitOf(fact: FactId) {
  const spec = FACTS[fact];
  if (!('unit' in spec)) throw new Error(`${fact} has a threshold but no unit`);
  return QUANTITY_UNITS[spec.unit];
}

/** An `all` of ">= a" and "<= b" on one fact (I1's ages) is one range. */
function asRange(c: Condition): { fact: FactId; low: Threshold; high: Threshold } | undefined {
  if (c.kind !== 'all' || c.of.length !== 2) return undefined;
  const [low, high] = c.of;
  if (low?.kind !== 'threshold' || high?.kind !== 'threshold' || low.fact !== high.fact) return undefined;
  return low.op === '>=' && high.op === '<=' ? { fact: low.fact, low, high } : undefined;
}

/** "Within N units before screening" as R5 writes it: from -N to 0 units from the event. */
function timeFromEvent(fact: FactId): Characteristic['timeFromEvent'] {
  const window = (FACT_WINDOWS as Partial<Record<FactId, (typeof FACT_WINDOWS)[keyof typeof FACT_WINDOWS]>>)[fact];
  if (!window) return undefined;
  const unit = WINDOW_UNITS[window.unit];
  return [
    {
      description: `within ${window.value} ${window.unit} before ${window.before}`,
      eventCodeableConcept: { text: window.before },
      range: { low: { value: -window.value, ...unit }, high: { value: 0, ...unit } },
    },
  ];
}

const combination = (code: 'all-of' | 'any-of', characteristic: Characteristic[]): Characteristic => ({
  definitionByCombination: { code, characteristic },
});

/** The characteristic of one condition of the criteria data. */
function characteristicOf(c: Condition): Characteristic {
  const range = asRange(c);
  if (range) {
    const unit = unitOf(range.fact);
    const valueRange = { low: { value: range.low.value, ...unit }, high: { value: range.high.value, ...unit } };
    return { definitionByTypeAndValue: { type: factType(range.fact), valueRange } };
  }
  switch (c.kind) {
    case 'threshold': {
      const valueQuantity = { value: c.value, comparator: c.op, ...unitOf(c.fact) };
      return { definitionByTypeAndValue: { type: factType(c.fact), valueQuantity } };
    }
    case 'is': {
      const window = c.value ? timeFromEvent(c.fact) : undefined;
      const leaf: Characteristic = { definitionByTypeAndValue: { type: factType(c.fact), valueBoolean: c.value } };
      return window ? { ...leaf, timeFromEvent: window } : leaf;
    }
    case 'nonEmpty': {
      // At least one received, of an open list: any of the ids (the last, `other_immunomodulator`, is "another").
      const spec = FACTS[c.fact];
      const values = spec.type === 'enum[]' ? spec.values : IMMUNOMODULATORS;
      return combination(
        'any-of',
        values.map((value) => ({
          definitionByTypeAndValue: {
            type: factType(c.fact),
            valueCodeableConcept: { coding: [{ system: FACT_SYSTEM, code: value }], text: value },
          },
        })),
      );
    }
    case 'all':
    case 'any':
      return combination(c.kind === 'all' ? 'all-of' : 'any-of', c.of.map(characteristicOf));
    case 'not':
      return negate(characteristicOf(c.of));
    case 'measuredElse': {
      // See NOTES: R5 can hold the answer, not "the measured value first".
      const { measured } = c;
      const answer = characteristicOf(c.otherwise);
      return {
        ...answer,
        description: `${en.criteria.factLabel[c.otherwise.fact]} (the registry: mean pulmonary pressure ${measured.op} ${measured.value} mmHg); a measured pressure decides instead of this answer (see note)`,
      };
    }
  }
}

/** The characteristic that holds exactly when `c` does not. */
function negate(c: Characteristic): Characteristic {
  return { ...c, exclude: !c.exclude };
}

/** The investigators' judgement on criterion `id`: a description, nothing to compute. */
function judgement(id: CriterionId): Characteristic {
  const text = JUDGEMENTS[id];
  if (!text) throw new Error(`${id} hands the decision to the investigators, but JUDGEMENTS has no words for it`);
  return { linkId: `${id}-judgement`, description: `The investigators’ judgement (${id}): ${text}.` };
}

/** One criterion: inclusions as they are, exclusions with exclude: true; a `reviewIf` joins the judgement. */
function criterionCharacteristic(id: CriterionId): Characteristic {
  const { rule } = CRITERIA.find((c) => c.id === id)!;
  let body: Characteristic;
  if (rule.kind === 'inclusion') {
    const main = characteristicOf(rule.require);
    body = rule.reviewIf
      ? combination('any-of', [main, combination('all-of', [characteristicOf(rule.reviewIf), judgement(id)])])
      : main;
  } else {
    const hit =
      'failIf' in rule
        ? characteristicOf(rule.failIf)
        : combination('all-of', [characteristicOf(rule.reviewIf), judgement(id)]);
    body = negate(hit);
  }
  return { linkId: id, description: `${id}: ${en.criterionText[id]}`, ...body };
}

export const EVIDENCE_VARIABLE_ID = 'eligibility';

export function eligibilityDefinition(): EvidenceVariable {
  const resource: EvidenceVariable = {
    resourceType: 'EvidenceVariable',
    id: EVIDENCE_VARIABLE_ID,
    name: `Eligibility${trial.id}`,
    title: `Eligibility for ${trial.id}`,
    status: 'active',
    description:
      `Who may take part in ${trial.id}: all of the inclusion criteria I1-I8 and none of the exclusion criteria ` +
      `E1-E12, as the registry lists them and this site's pre-screen decides them.`,
    note: NOTES.map((text) => ({ text })),
    actual: true,
    handling: 'dichotomous',
    characteristic: [
      {
        linkId: 'eligible',
        description: 'Meets I1-I8 and none of E1-E12.',
        ...combination(
          'all-of',
          CRITERIA.map(({ id }) => criterionCharacteristic(id)),
        ),
      },
    ],
  };
  return { ...resource, text: narrative(resource.title!, [resource.description!, ...NOTES]) };
}
