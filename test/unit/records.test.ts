// The records as data (/records/): each passes its schema, says only what the sources give, in the
// registry's words where it takes the registry's shape, and names no origin the build was not given.
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/criteria';
import { CriteriaFileSchema } from '../../src/criteria/file-schema';
import { registryText } from '../../src/data/registry-text';
import { trial } from '../../src/data/trial';
import { criteriaFile } from '../../src/records/criteria-file';
import { criteriaJsonSchema } from '../../src/records/criteria-schema';
import { ctgovRecord } from '../../src/records/ctgov';
import { CtgovStudySchema } from '../../src/records/ctgov-schema';
import { fhirBundle, FULL_URLS } from '../../src/records/fhir';
import { readFileSync } from 'node:fs';

const SEED = readFileSync(new URL('../fixtures/registry-listing.txt', import.meta.url), 'utf8');

describe('the ClinicalTrials.gov-shaped record', () => {
  const record = ctgovRecord();
  const p = record.protocolSection;

  it('passes the schema written from the API spec', () => {
    expect(CtgovStudySchema.safeParse(record).error).toBeUndefined();
  });

  it('gives the status, design, sponsor, condition and ages of the listing', () => {
    expect(p.identificationModule.nctId).toBe('NCT06792344');
    expect(p.statusModule?.overallStatus).toBe('RECRUITING');
    expect(p.designModule).toEqual({ studyType: 'INTERVENTIONAL', phases: ['PHASE1'] });
    expect(p.sponsorCollaboratorsModule?.leadSponsor?.name).toBe(trial.sponsor);
    expect(p.conditionsModule?.conditions).toEqual(['Systemic Sclerosis (SSc)']);
    expect(p.eligibilityModule).toMatchObject({ sex: 'ALL', minimumAge: '5 Years', maximumAge: '18 Years' });
    expect(p.eligibilityModule?.stdAges).toEqual(['CHILD', 'ADULT']);
    expect(p.contactsLocationsModule?.locations).toEqual([
      { facility: trial.sponsor, city: 'Hangzhou', state: 'Zhejiang', country: 'China' },
    ]);
  });

  it('carries the registry’s words verbatim: every criterion, the summary and the description, as in the listing', () => {
    const criteria = p.eligibilityModule!.eligibilityCriteria!;
    const [inclusion, exclusion] = criteria.split('\n\nExclusion Criteria:\n\n');
    const items = inclusion!.replace('Inclusion Criteria:\n\n', '').split('\n');
    expect(items).toHaveLength(8);
    for (const [i, item] of items.entries()) {
      expect(item.startsWith(`${i + 1}. `)).toBe(true);
      expect(SEED).toContain(item.slice(`${i + 1}. `.length));
    }
    expect(SEED).toContain(exclusion);
    expect(exclusion!.match(/\(\d+\)/g)).toHaveLength(13);
    expect(criteria).toContain('Improved Rodnan skin score (mRSS) ≥15 points (total 51 points)');
    expect(SEED).toContain(`Overview\n\n${p.descriptionModule!.briefSummary}\n\nDescription`);
    expect(SEED).toContain(`Description\n\n${p.descriptionModule!.detailedDescription}\n\nEligibility`);
    expect(registryText.conditions.every((c) => SEED.includes(c))).toBe(true);
  });

  it('invents nothing: no date (the listing’s one date is unlabelled), no intervention type, count, contact or person', () => {
    const keys: string[] = [];
    JSON.stringify(record, (key, value) => (keys.push(key), value));
    expect(
      keys.filter((k) =>
        /^(.*Date.*|type|enrollmentInfo|centralContacts|overallOfficials|contacts|responsibleParty|geoPoint|zip)$/.test(
          k,
        ),
      ),
    ).toEqual([]);
    expect(JSON.stringify(record)).not.toMatch(/\d{4}-\d{2}(-\d{2})?|@|phone/i);
  });
});

describe('criteria.json and its JSON Schema', () => {
  const file = JSON.parse(JSON.stringify(criteriaFile('criteria.schema.json')));
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(criteriaJsonSchema());

  it('passes its zod schema and holds the engine data unchanged', () => {
    expect(CriteriaFileSchema.safeParse(file).error).toBeUndefined();
    expect(file.criteria).toEqual(JSON.parse(JSON.stringify(CRITERIA)));
  });

  it('passes the JSON Schema, which compiles under ajv’s strict mode', () => {
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  });

  const at = (id: string) => CRITERIA.findIndex((c) => c.id === id);
  type File = typeof file;
  const BROKEN: [string, (f: File) => void][] = [
    [
      'a threshold on a yes/no fact',
      (f) =>
        (f.criteria[at('I2')].rule.require = { kind: 'threshold', fact: 'ssc_classification_met', op: '>=', value: 1 }),
    ],
    ['mRSS 99 (the score is out of 51)', (f) => (f.criteria[at('I4')].rule.require.value = 99)],
    ['a whole-number fact given a fraction (age 5.5)', (f) => (f.criteria[at('I1')].rule.require.of[0].value = 5.5)],
    ['an unknown criterion id', (f) => (f.criteria[at('E12')].id = 'E14')],
    ['a duplicate criterion id', (f) => (f.criteria[at('I2')].id = 'I1')],
    ['a missing criterion', (f) => f.criteria.splice(at('E5'), 1)],
    ['a fact with its minimum above its maximum', (f) => (f.facts.mrss = { ...f.facts.mrss, min: 60 })],
    ['an operator that does not exist', (f) => (f.criteria[at('I4')].rule.require.op = '=>')],
    ['a fact that does not exist', (f) => (f.criteria[at('E3')].rule.failIf.fact = 'seizures')],
    ['an any with nothing in it', (f) => (f.criteria[at('E4')].rule.failIf.of = [])],
  ];

  it.each(BROKEN)('refuses a file with %s', (_name, breakIt) => {
    const broken = structuredClone(file);
    breakIt(broken);
    expect(validate(broken)).toBe(false);
  });
});

describe('the FHIR R5 Bundle', () => {
  const bundle = fhirBundle({ assembled: new Date('2026-12-06T12:00:00.123Z') });
  const resources = bundle.entry!.map((e) => e.resource!);
  const study = resources.find((r) => r.resourceType === 'ResearchStudy')!;
  if (study.resourceType !== 'ResearchStudy') throw new Error('no ResearchStudy');
  const byReference = (ref: string | undefined) => bundle.entry!.find((e) => e.fullUrl === ref)?.resource;

  it('is a collection of a ResearchStudy, its lead sponsor and its eligibility definition, addressed by urn:uuid', () => {
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe('2026-12-06T12:00:00Z');
    expect(resources.map((r) => r.resourceType)).toEqual(['ResearchStudy', 'Organization', 'EvidenceVariable']);
    expect(bundle.entry!.map((e) => e.fullUrl)).toEqual(Object.values(FULL_URLS));
    for (const e of bundle.entry!)
      expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(byReference(study.associatedParty?.[0]?.party?.reference)).toMatchObject({ name: trial.sponsor });
    expect(byReference(study.recruitment?.eligibility?.reference)?.resourceType).toBe('EvidenceVariable');
  });

  it('codes the title type, the lead sponsor, the design, the phase and the status', () => {
    expect(study.identifier).toEqual([{ system: 'http://clinicaltrials.gov', value: 'NCT06792344' }]);
    expect(study.label?.[0]?.type?.coding?.[0]).toMatchObject({
      system: 'http://hl7.org/fhir/title-type',
      code: 'official',
    });
    expect(study.associatedParty?.[0]?.role.coding?.[0]).toMatchObject({
      code: 'lead-sponsor',
      display: 'lead-sponsor',
    });
    expect(study.studyDesign?.[0]?.coding?.[0]).toMatchObject({
      system: 'http://hl7.org/fhir/study-design',
      code: 'SEVCO:01001',
    });
    expect(study.phase?.coding?.[0]).toMatchObject({ code: 'phase-1' });
    expect(study.progressStatus?.[0]).toMatchObject({ actual: true, state: { coding: [{ code: 'recruiting' }] } });
    expect(study.note?.[0]?.text).toContain(`listing dated ${trial.listedDate}`);
    expect(study.note?.[0]?.text).toContain(`checked against the registry's data on ${trial.registryChecked}`);
  });

  it('has a narrative on every resource', () => {
    for (const r of resources) {
      if (!('text' in r)) throw new Error(`${r.resourceType} has no narrative`);
      expect(r.text?.div).toMatch(/^<div xmlns="http:\/\/www.w3.org\/1999\/xhtml">.+<\/div>$/);
    }
  });

  it('codes TB and MI no broader than the criteria: active tuberculosis, acute MI within 6 months', () => {
    const text = JSON.stringify(bundle);
    expect(text).toContain('"code":"427099000","display":"Active tuberculosis"');
    expect(text).toContain('"code":"57054005","display":"Acute myocardial infarction"');
    expect(text).not.toMatch(/"56717001"|"22298006"/);
    expect(text).toMatch(
      /"code":"recent_myocardial_infarction".*?"timeFromEvent":\[\{"description":"within 6 months before screening"/,
    );
  });

  it('names no origin without SITE_URL, and links criteria.json only when given its address', () => {
    expect(JSON.stringify(bundle)).not.toMatch(
      /localhost|https?:\/\/(?!clinicaltrials\.gov|hl7\.org|snomed\.info|loinc\.org|unitsofmeasure\.org|www\.w3\.org)/,
    );
    const withSite = fhirBundle({ assembled: new Date(), criteriaUrl: 'https://example.org/records/criteria.json' });
    expect(JSON.stringify(withSite)).toContain('"url":"https://example.org/records/criteria.json"');
  });

  it('names no person or contact, and no date but the listing’s, the check’s and the Bundle’s own', () => {
    const text = JSON.stringify(bundle);
    expect(text).not.toMatch(/telecom|"period"|practitioner/i);
    const dates = new Set(text.match(/\d{4}-\d{2}-\d{2}/g));
    expect([...dates].sort()).toEqual([trial.listedDate, '2026-12-06', trial.registryChecked].sort());
  });
});
