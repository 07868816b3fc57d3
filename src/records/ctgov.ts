/**
 * /records/NCT06792344.json: the study in the shape of a ClinicalTrials.gov API v2 study record, built
 * from the data the pages use (src/data/trial.ts; the criteria's English wording in
 * src/i18n/en/criteria-text.ts). Only fields with a source are filled: no dates, enrolment, arms, outcomes,
 * contacts or officials, which the sources do not give (the registry record has them).
 */
import { trial } from '../data/trial';
import { ALL_CRITERION_IDS } from '../criteria';
import { en } from '../i18n/en';
import type { CtgovStudy } from './ctgov-schema';

/** ClinicalTrials.gov's age groups: child birth-17, adult 18-64, older adult 65 and over. */
const STD_AGES = [
  ['CHILD', 0, 17],
  ['ADULT', 18, 64],
  ['OLDER_ADULT', 65, Infinity],
] as const;

/** The criteria as the registry lays them out in markdown: two headed, numbered lists. */
export function eligibilityMarkdown(): string {
  const list = (prefix: 'I' | 'E') =>
    ALL_CRITERION_IDS.filter((id) => id.startsWith(prefix))
      .map((id, i) => `${i + 1}. ${en.criterionText[id]}`)
      .join('\n');
  return `Inclusion Criteria:\n\n${list('I')}\n\nExclusion Criteria:\n\n${list('E')}`;
}

export function ctgovRecord(): CtgovStudy {
  return {
    protocolSection: {
      identificationModule: {
        nctId: trial.id,
        briefTitle: trial.briefTitle,
        officialTitle: trial.officialTitle,
        organization: { fullName: trial.sponsor },
      },
      // As on the listing dated trial.listedDate; the registry record has the current status.
      statusModule: { overallStatus: 'RECRUITING' },
      sponsorCollaboratorsModule: { leadSponsor: { name: trial.sponsor } },
      descriptionModule: { briefSummary: trial.purpose },
      conditionsModule: { conditions: [trial.condition] },
      designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE1'] },
      armsInterventionsModule: { interventions: [{ name: trial.intervention }] },
      eligibilityModule: {
        eligibilityCriteria: eligibilityMarkdown(),
        sex: 'ALL',
        minimumAge: `${trial.minAge} Years`,
        maximumAge: `${trial.maxAge} Years`,
        stdAges: STD_AGES.filter(([, from, to]) => trial.minAge <= to && trial.maxAge >= from).map(([age]) => age),
      },
      contactsLocationsModule: { locations: [{ facility: trial.sponsor, ...trial.place }] },
    },
  };
}
