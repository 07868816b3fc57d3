/**
 * /records/NCT06792344.json: the study in the shape of a ClinicalTrials.gov API v2 study record, in the
 * registry's own words: the criteria, summary, description and condition verbatim from the registry
 * listing dated 30 January 2025 (src/data/registry-text.ts), the rest from src/data/trial.ts. Only what
 * the listing gives: no dates (the listing's one date is unlabelled, so neither statusVerifiedDate nor
 * any other date is known), no intervention type (the listing names the cells only), enrolment, arms,
 * outcomes, contacts or officials (the registry record has them).
 */
import { registryText } from '../data/registry-text';
import { trial } from '../data/trial';
import type { CtgovStudy } from './ctgov-schema';

/** ClinicalTrials.gov's age groups: child birth-17, adult 18-64, older adult 65 and over. */
const STD_AGES = [
  ['CHILD', 0, 17],
  ['ADULT', 18, 64],
  ['OLDER_ADULT', 65, Infinity],
] as const;

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
      statusModule: { overallStatus: trial.status, ...registryText.statusDates },
      sponsorCollaboratorsModule: { leadSponsor: { name: trial.sponsor } },
      descriptionModule: {
        briefSummary: registryText.briefSummary,
        detailedDescription: registryText.detailedDescription,
      },
      conditionsModule: { conditions: [...registryText.conditions] },
      designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE1'] },
      armsInterventionsModule: { interventions: [{ name: trial.intervention }] },
      eligibilityModule: {
        eligibilityCriteria: registryText.eligibilityCriteria,
        sex: 'ALL',
        minimumAge: `${trial.minAge} Years`,
        maximumAge: `${trial.maxAge} Years`,
        stdAges: STD_AGES.filter(([, from, to]) => trial.minAge <= to && trial.maxAge >= from).map(([age]) => age),
      },
      contactsLocationsModule: { locations: [{ facility: trial.sponsor, ...trial.place }] },
    },
  };
}
