/**
 * `npm run registry` (scripts/registry.ts): the registry's answer from the ClinicalTrials.gov API v2
 * (GET /api/v2/studies/NCT06792344) against the site's facts, as the site's own ClinicalTrials.gov-shaped
 * record holds them (./ctgov.ts, from src/data/). Pure: the script fetches and prints.
 */
import { ctgovRecord } from './ctgov';
import { CtgovApiStudySchema, type CtgovStudy } from './ctgov-schema';

export interface Difference {
  field: string;
  site: string;
  registry: string;
}

type Section = CtgovStudy['protocolSection'];
const NONE = '(none)';

/** The fields compared: what the site states of the trial (status, dates, titles, sponsor, ages, criteria, places). */
const FIELDS: [string, (p: Section) => unknown][] = [
  ['status', (p) => p.statusModule?.overallStatus],
  ['status verified date', (p) => p.statusModule?.statusVerifiedDate],
  ['last update posted', (p) => p.statusModule?.lastUpdatePostDateStruct?.date],
  ['brief title', (p) => p.identificationModule.briefTitle],
  ['official title', (p) => p.identificationModule.officialTitle],
  ['lead sponsor', (p) => p.sponsorCollaboratorsModule?.leadSponsor?.name],
  ['conditions', (p) => p.conditionsModule?.conditions],
  ['study type', (p) => p.designModule?.studyType],
  ['phases', (p) => p.designModule?.phases],
  ['sex', (p) => p.eligibilityModule?.sex],
  ['minimum age', (p) => p.eligibilityModule?.minimumAge],
  ['maximum age', (p) => p.eligibilityModule?.maximumAge],
  ['eligibility criteria', (p) => p.eligibilityModule?.eligibilityCriteria],
  ['brief summary', (p) => p.descriptionModule?.briefSummary],
  ['detailed description', (p) => p.descriptionModule?.detailedDescription],
  [
    'locations',
    (p) =>
      p.contactsLocationsModule?.locations
        ?.map((l) => [l.facility, l.city, l.state, l.country].filter(Boolean).join(', '))
        .sort(),
  ],
];

/** Texts compare with runs of white space as one space (the API's markdown wraps and indents freely). */
const normal = (v: unknown): string =>
  v === undefined ? NONE : typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : JSON.stringify(v);

/** Where two texts part: the first differing place, with a little of each around it. */
function parting(site: string, registry: string): [string, string] {
  let i = 0;
  while (i < site.length && site[i] === registry[i]) i++;
  if (site.length < 120 && registry.length < 120) return [site, registry];
  const cut = (s: string) => `…${s.slice(Math.max(0, i - 30), i + 60)}…`;
  return [`${cut(site)} (from character ${i})`, cut(registry)];
}

export function registryDifferences(registry: Section, site: Section = ctgovRecord().protocolSection): Difference[] {
  const out: Difference[] = [];
  for (const [field, get] of FIELDS) {
    const [a, b] = [normal(get(site)), normal(get(registry))];
    if (a === b) continue;
    const [siteText, registryText] = parting(a, b);
    out.push({ field, site: siteText, registry: registryText });
  }
  return out;
}

/** The check on the API's answer: 0 with nothing to report, 1 with differences or an answer that is not a study record. */
export function checkRegistry(answer: unknown): { code: 0 | 1; lines: string[] } {
  const parsed = CtgovApiStudySchema.safeParse(answer);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    return {
      code: 1,
      lines: ['The registry’s answer does not fit the record’s schema (src/records/ctgov-schema.ts):', ...issues],
    };
  }
  const differences = registryDifferences(parsed.data.protocolSection);
  if (differences.length === 0) return { code: 0, lines: ['The registry and the site’s facts agree.'] };
  return {
    code: 1,
    lines: [
      `${differences.length} difference(s) between the registry and the site’s facts (src/data/):`,
      ...differences.flatMap((d) => [`- ${d.field}`, `    site:     ${d.site}`, `    registry: ${d.registry}`]),
    ],
  };
}
