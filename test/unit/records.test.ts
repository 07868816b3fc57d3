// The records as data (/records/): each passes its schema, says only what the sources give, and the
// FHIR Group holds every threshold of the criteria data.
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { CRITERIA, conditionsOf, thresholdsOf, type Threshold } from '../../src/criteria';
import { CriteriaFileSchema, criteriaJsonSchema } from '../../src/criteria/file-schema';
import { trial } from '../../src/data/trial';
import { criteriaFile } from '../../src/records/criteria-file';
import { ctgovRecord } from '../../src/records/ctgov';
import { CtgovStudySchema } from '../../src/records/ctgov-schema';
import { eligibilityGroup, fhirBundle } from '../../src/records/fhir';

const urls = { criteria: 'https://example.org/records/criteria.json', fhir: 'https://example.org/records/x.fhir.json' };

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
    expect(p.conditionsModule?.conditions).toEqual([trial.condition]);
    expect(p.eligibilityModule).toMatchObject({ sex: 'ALL', minimumAge: '5 Years', maximumAge: '18 Years' });
    expect(p.eligibilityModule?.stdAges).toEqual(['CHILD', 'ADULT']);
    expect(p.contactsLocationsModule?.locations).toEqual([
      { facility: trial.sponsor, city: 'Hangzhou', state: 'Zhejiang', country: 'China' },
    ]);
  });

  it('lays the criteria out as the registry does: 8 inclusion and 13 exclusion criteria, numbered', () => {
    const text = p.eligibilityModule!.eligibilityCriteria!;
    const [inclusion, exclusion] = text.split('\n\nExclusion Criteria:\n\n');
    expect(inclusion).toMatch(/^Inclusion Criteria:\n\n1\. /);
    expect(inclusion!.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(8);
    expect(exclusion!.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(13);
    expect(text).toContain('15 points or more');
  });

  it('invents nothing: no date, count, contact or person', () => {
    const keys: string[] = [];
    JSON.stringify(record, (key, value) => (keys.push(key), value));
    expect(
      keys.filter((k) =>
        /^(.*Date.*|enrollmentInfo|centralContacts|overallOfficials|contacts|responsibleParty|geoPoint|zip)$/.test(k),
      ),
    ).toEqual([]);
    expect(JSON.stringify(record)).not.toMatch(/\d{4}-\d{2}(-\d{2})?|@|phone/i);
  });
});

describe('criteria.json', () => {
  const file = JSON.parse(JSON.stringify(criteriaFile('https://example.org/records/criteria.schema.json')));

  it('passes its zod schema', () => {
    expect(CriteriaFileSchema.safeParse(file).error).toBeUndefined();
  });

  it('passes the JSON Schema made from the zod schema, which refuses a criterion with a wrong operator', () => {
    const validate = new Ajv2020({ strict: false }).compile(criteriaJsonSchema());
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(file);
    broken.criteria[3].rule.require.op = '=>';
    expect(validate(broken)).toBe(false);
  });

  it('holds the engine data unchanged', () => {
    expect(file.criteria).toEqual(JSON.parse(JSON.stringify(CRITERIA)));
  });
});

describe('the FHIR R5 Bundle', () => {
  const bundle = fhirBundle(urls);
  const resources = bundle.entry!.map((e) => e.resource!);
  const study = resources.find((r) => r.resourceType === 'ResearchStudy')!;
  const group = eligibilityGroup(urls);
  const byReference = (ref: string | undefined) => resources.find((r) => `${r.resourceType}/${r.id}` === ref);

  it('is a collection of a ResearchStudy, its sponsor and its eligibility Group', () => {
    expect(bundle.type).toBe('collection');
    expect(resources.map((r) => r.resourceType)).toEqual(['ResearchStudy', 'Organization', 'Group']);
    if (study.resourceType !== 'ResearchStudy') throw new Error('no ResearchStudy');
    expect(study.identifier).toEqual([{ system: 'http://clinicaltrials.gov', value: 'NCT06792344' }]);
    expect(study.status).toBe('active');
    expect(study.phase?.coding?.[0]).toMatchObject({
      system: 'http://hl7.org/fhir/research-study-phase',
      code: 'phase-1',
    });
    expect(study.progressStatus?.[0]?.state.coding?.[0]).toEqual({
      system: 'http://hl7.org/fhir/research-study-status',
      code: 'recruiting',
    });
    expect(byReference(study.associatedParty?.[0]?.party?.reference)).toMatchObject({ name: trial.sponsor });
    expect(byReference(study.recruitment?.eligibility?.reference)?.resourceType).toBe('Group');
  });

  it('is a definitional Group of persons, the exclusions marked exclude', () => {
    expect(group).toMatchObject({ type: 'person', membership: 'definitional' });
    const excluded = new Set(group.characteristic!.filter((c) => c.exclude).map((c) => c.extension![0]!.valueString));
    for (const [i, criterion] of CRITERIA.entries()) {
      const mine = [...excluded].filter((p) => p!.startsWith(`/criteria/${i}/`));
      expect(mine.length > 0, criterion.id).toBe(criterion.rule.kind === 'exclusion');
    }
  });

  it.each(
    CRITERIA.flatMap(({ id, rule }) =>
      conditionsOf(rule)
        .flatMap(thresholdsOf)
        .map((t) => [id, t] as const),
    ),
  )('%s: holds the threshold %o', (_id, threshold: Threshold) => {
    const onFact = group.characteristic!.filter((c) => c.code.coding?.some((code) => code.code === threshold.fact));
    const held = onFact.some(
      (c) =>
        (c.valueQuantity?.value === threshold.value && c.valueQuantity.comparator === threshold.op) ||
        (threshold.op === '>=' && c.valueRange?.low?.value === threshold.value) ||
        (threshold.op === '<=' && c.valueRange?.high?.value === threshold.value),
    );
    expect(held).toBe(true);
  });

  it('names no person, date or contact', () => {
    expect(JSON.stringify(bundle)).not.toMatch(/\d{4}-\d{2}-\d{2}|telecom|"period"|practitioner/i);
  });
});
