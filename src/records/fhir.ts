/**
 * /records/NCT06792344.fhir.json: the study as a FHIR R5 Bundle (collection) of a ResearchStudy, its
 * lead sponsor (Organization) and who may take part (EvidenceVariable, ./evidence-variable.ts), built
 * from src/data/trial.ts, the registry's words (src/data/registry-text.ts) and the criteria data. Typed
 * with @types/fhir 0.0.44 ('fhir/r5'). Entries are addressed by `urn:uuid:` (nothing is served at a FHIR
 * server's URL) and refer to each other by those; nothing names an origin unless SITE_URL gave one.
 * Nothing the sources do not give: no start date, enrolment number, contact or person.
 */
import type { Bundle, EvidenceVariable, Organization, ResearchStudy } from 'fhir/r5';
import { registryText } from '../data/registry-text';
import { trial } from '../data/trial';
import { eligibilityDefinition } from './evidence-variable';
import { SYSTEMIC_SCLEROSIS } from './fhir-codes';
import { narrative } from './narrative';

/** Fixed, origin-free addresses of the three entries (the same in every build). */
export const FULL_URLS = {
  study: 'urn:uuid:3f6d2a4e-9b1c-4e8a-8f53-0c7d1e2b9a61',
  sponsor: 'urn:uuid:a2c95e17-4b6f-4d0a-b8e2-7f31c5d9e042',
  eligibility: 'urn:uuid:5e8b0d3c-1f7a-4c92-a6d4-9b2e8f0c7135',
} as const;

export interface FhirOptions {
  /** When the Bundle is put together (Bundle.timestamp): the build's time. */
  assembled: Date;
  /** The absolute URL of /records/criteria.json, only when SITE_URL is set. */
  criteriaUrl?: string;
}

/** The status as the registry listing gives it, with the dates it rests on. */
const statusNote =
  `Recruiting on the registry listing dated ${trial.listedDate}; this site's trial facts were last checked against ` +
  `the registry's data on ${trial.registryChecked}. The registry record has the current status: ${trial.registryUrl}`;

function sponsor(): Organization {
  const resource: Organization = {
    resourceType: 'Organization',
    id: 'sponsor',
    name: trial.sponsor,
    contact: [{ address: { city: trial.place.city, state: trial.place.state, country: trial.place.country } }],
  };
  return {
    ...resource,
    text: narrative(trial.sponsor, [`Lead sponsor and only listed site of ${trial.id}: ${trial.location}.`]),
  };
}

function study(options: FhirOptions): ResearchStudy {
  const resource: ResearchStudy = {
    resourceType: 'ResearchStudy',
    id: 'nct06792344',
    identifier: [{ system: 'http://clinicaltrials.gov', value: trial.id }],
    title: trial.briefTitle,
    label: [
      {
        type: { coding: [{ system: 'http://hl7.org/fhir/title-type', code: 'official', display: 'Official title' }] },
        value: trial.officialTitle,
      },
    ],
    // R5: status is the record's publication status; the study's own state is progressStatus.
    status: 'active',
    studyDesign: [
      {
        coding: [
          { system: 'http://hl7.org/fhir/study-design', code: 'SEVCO:01001', display: 'Interventional research' },
        ],
      },
    ],
    phase: { coding: [{ system: 'http://hl7.org/fhir/research-study-phase', code: 'phase-1', display: 'Phase 1' }] },
    condition: [{ coding: [SYSTEMIC_SCLEROSIS], text: registryText.conditions[0] }],
    focus: [{ concept: { text: trial.intervention } }],
    descriptionSummary: registryText.briefSummary,
    associatedParty: [
      {
        name: trial.sponsor,
        role: {
          coding: [
            { system: 'http://hl7.org/fhir/research-study-party-role', code: 'lead-sponsor', display: 'lead-sponsor' },
          ],
        },
        party: { reference: FULL_URLS.sponsor },
      },
    ],
    // The listing gives no date for the status itself (its one date is unlabelled): see the note.
    progressStatus: [
      {
        state: {
          coding: [{ system: 'http://hl7.org/fhir/research-study-status', code: 'recruiting', display: 'Recruiting' }],
        },
        actual: true,
      },
    ],
    recruitment: { eligibility: { reference: FULL_URLS.eligibility } },
    note: [{ text: statusNote }],
    relatedArtifact: [
      { type: 'documentation', display: 'Registry record (authoritative)', document: { url: trial.registryUrl } },
      ...(options.criteriaUrl
        ? [
            {
              type: 'derived-from' as const,
              display: 'The criteria as the pre-screen holds them',
              document: { url: options.criteriaUrl },
            },
          ]
        : []),
    ],
  };
  return {
    ...resource,
    text: narrative(`${trial.id}: ${trial.briefTitle}`, [
      `Phase 1, interventional; lead sponsor ${trial.sponsor}.`,
      registryText.briefSummary,
      statusNote,
    ]),
  };
}

export function fhirBundle(options: FhirOptions): Bundle<ResearchStudy | Organization | EvidenceVariable> {
  const entries = [
    [FULL_URLS.study, study(options)],
    [FULL_URLS.sponsor, sponsor()],
    [FULL_URLS.eligibility, eligibilityDefinition()],
  ] as const;
  return {
    resourceType: 'Bundle',
    type: 'collection',
    // An instant needs seconds and a zone; the build's time, to the second.
    timestamp: options.assembled.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    entry: entries.map(([fullUrl, resource]) => ({ fullUrl, resource })),
  };
}
