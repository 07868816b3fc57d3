/**
 * /records/NCT06792344.fhir.json: the study as a FHIR R5 Bundle (collection) of a ResearchStudy, its
 * sponsor (Organization) and its eligibility (Group), built from src/data/trial.ts and the criteria
 * data. Typed with @types/fhir 0.0.44 ('fhir/r5'). Nothing the sources do not give: no dates, enrolment
 * numbers, contacts or people.
 *
 * The Group has one characteristic per clause of each criterion (exclude: true for the exclusions).
 * A Group's characteristics all hold at once; the criteria also say "or", "a measured value before the
 * answer" and "the investigators decide". So each characteristic carries, in the extension CLAUSE_URL,
 * the JSON pointer of its clause in /records/criteria.json, where the combination is written out.
 */
import type { Bundle, CodeableConcept, Group, GroupCharacteristic, Organization, ResearchStudy } from 'fhir/r5';
import { CRITERIA, FACTS, type Condition, type FactId, type Threshold } from '../criteria';
import { trial } from '../data/trial';
import { en } from '../i18n/en';
import { QUANTITY_UNITS, STANDARD_CODES, SYSTEMIC_SCLEROSIS } from './fhir-codes';

/** The records' addresses at the public origin (SITE_URL), base path included. */
export interface RecordUrls {
  criteria: string;
  fhir: string;
}

const ids = { study: 'nct06792344', sponsor: 'sponsor', eligibility: 'eligibility' } as const;

/** The characteristic's code: this site's fact id, a standard code where one fits, the English label. */
function factCode(fact: FactId, system: string): CodeableConcept {
  const standard = STANDARD_CODES[fact];
  return {
    coding: [{ system, code: fact }, ...(standard ? [standard] : [])],
    text: en.criteria.factLabel[fact],
  };
}

/** The unit of a numeric fact, as a FHIR Quantity writes it. */
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

/** The characteristics of one condition, depth first, each with its JSON pointer. */
function characteristics(c: Condition, pointer: string, exclude: boolean, urls: RecordUrls): GroupCharacteristic[] {
  const base = (fact: FactId) => ({
    extension: [{ url: CLAUSE_URL(urls), valueString: pointer }],
    code: factCode(fact, urls.criteria),
    exclude,
  });
  const range = asRange(c);
  if (range) {
    const unit = unitOf(range.fact);
    const valueRange = { low: { value: range.low.value, ...unit }, high: { value: range.high.value, ...unit } };
    return [{ ...base(range.fact), valueRange }];
  }
  switch (c.kind) {
    case 'threshold':
      return [{ ...base(c.fact), valueQuantity: { value: c.value, comparator: c.op, ...unitOf(c.fact) } }];
    case 'is':
      return [{ ...base(c.fact), valueBoolean: c.value }];
    case 'nonEmpty':
      // "At least one received": the list is open ("etc."), so the Group says only that one was.
      return [{ ...base(c.fact), valueBoolean: true }];
    case 'all':
    case 'any':
      return c.of.flatMap((child, i) => characteristics(child, `${pointer}/of/${i}`, exclude, urls));
    case 'not':
      return characteristics(c.of, `${pointer}/of`, exclude, urls);
    case 'measuredElse':
      return [
        ...characteristics(c.measured, `${pointer}/measured`, exclude, urls),
        ...characteristics(c.otherwise, `${pointer}/otherwise`, exclude, urls),
      ];
  }
}

/** The extension that points a characteristic at its clause in /records/criteria.json. */
export const CLAUSE_URL = (urls: RecordUrls) => `${urls.criteria}#clause`;

export function eligibilityGroup(urls: RecordUrls): Group {
  return {
    resourceType: 'Group',
    id: ids.eligibility,
    type: 'person',
    membership: 'definitional',
    name: `Eligibility for ${trial.id}`,
    description:
      `The registry's criteria (I1-I8, E1-E12) as this site's pre-screen decides them, one characteristic per clause. ` +
      `How clauses combine (all, any, a measured value before the answer, the investigators' decision) is in ` +
      `${urls.criteria} at the JSON pointer in each characteristic's extension. E13 (the investigators may ` +
      `find taking part inappropriate) is never decided. The registry record is authoritative: ${trial.registryUrl}`,
    characteristic: CRITERIA.flatMap(({ rule }, i) =>
      (['require', 'failIf', 'reviewIf'] as const).flatMap((part) => {
        const condition = part in rule ? (rule as { [key in typeof part]?: Condition })[part] : undefined;
        return condition
          ? characteristics(condition, `/criteria/${i}/rule/${part}`, rule.kind === 'exclusion', urls)
          : [];
      }),
    ),
  };
}

export function fhirBundle(urls: RecordUrls): Bundle<ResearchStudy | Organization | Group> {
  const sponsor: Organization = {
    resourceType: 'Organization',
    id: ids.sponsor,
    name: trial.sponsor,
    contact: [{ address: { city: trial.place.city, state: trial.place.state, country: trial.place.country } }],
  };
  const study: ResearchStudy = {
    resourceType: 'ResearchStudy',
    id: ids.study,
    identifier: [{ system: 'http://clinicaltrials.gov', value: trial.id }],
    title: trial.briefTitle,
    label: [{ type: { text: 'Official title' }, value: trial.officialTitle }],
    // R5: status is the record's publication status; the study's own state is progressStatus.
    status: 'active',
    phase: { coding: [{ system: 'http://hl7.org/fhir/research-study-phase', code: 'phase-1', display: 'Phase 1' }] },
    condition: [{ coding: [SYSTEMIC_SCLEROSIS], text: trial.condition }],
    focus: [{ concept: { text: trial.intervention } }],
    descriptionSummary: trial.purpose,
    associatedParty: [
      {
        name: trial.sponsor,
        role: { coding: [{ system: 'http://hl7.org/fhir/research-study-party-role', code: 'sponsor' }] },
        party: { reference: `Organization/${ids.sponsor}` },
      },
    ],
    // As on the listing dated trial.listedDate; the registry record has the current status.
    progressStatus: [
      { state: { coding: [{ system: 'http://hl7.org/fhir/research-study-status', code: 'recruiting' }] } },
    ],
    recruitment: { eligibility: { reference: `Group/${ids.eligibility}` } },
    relatedArtifact: [
      { type: 'documentation', display: 'Registry record (authoritative)', document: { url: trial.registryUrl } },
    ],
  };
  const base = urls.fhir.replace(/[^/]*$/, '');
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [study, sponsor, eligibilityGroup(urls)].map((resource) => ({
      fullUrl: `${base}fhir/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}
