/**
 * The part of a ClinicalTrials.gov API v2 study record that /records/NCT06792344.json fills, as a zod
 * schema. Written by hand from the API's OpenAPI 3 spec ("ClinicalTrials.gov REST API", version
 * 2.0.0-draft, ctg-oas-v2.yaml, the file the API publishes at /api/oas/v2; read in the copy kept by
 * mcode/clinical-trial-matching-service, commit 7d4f3df, September 2024): `components.schemas` Study,
 * ProtocolSection and the modules below, with their enums and the age pattern as the spec has them.
 * Every property is optional there, as here; the objects are strict here (the spec allows extra
 * properties) so that a misspelt field name fails the test instead of being ignored by readers.
 */
import { z } from 'astro/zod';

// Enums (components.schemas.Status, StudyType, Phase, Sex, StandardAge, AgencyClass, InterventionType).
const Status = z.enum([
  'ACTIVE_NOT_RECRUITING',
  'COMPLETED',
  'ENROLLING_BY_INVITATION',
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'WITHDRAWN',
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
  'UNKNOWN',
]);
const StudyType = z.enum(['EXPANDED_ACCESS', 'INTERVENTIONAL', 'OBSERVATIONAL']);
const Phase = z.enum(['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4']);
const Sex = z.enum(['FEMALE', 'MALE', 'ALL']);
const StandardAge = z.enum(['CHILD', 'ADULT', 'OLDER_ADULT']);
const AgencyClass = z.enum(['NIH', 'FED', 'OTHER_GOV', 'INDIV', 'INDUSTRY', 'NETWORK', 'AMBIG', 'OTHER', 'UNKNOWN']);
const InterventionType = z.enum([
  'BEHAVIORAL',
  'BIOLOGICAL',
  'COMBINATION_PRODUCT',
  'DEVICE',
  'DIAGNOSTIC_TEST',
  'DIETARY_SUPPLEMENT',
  'DRUG',
  'GENETIC',
  'PROCEDURE',
  'RADIATION',
  'OTHER',
]);

/** EligibilityModule.minimumAge / maximumAge: the spec's pattern. */
const Age = z.string().regex(/^\d+ (Year|Years|Month|Months|Week|Weeks|Day|Days|Hour|Hours|Minute|Minutes)$/);

const Sponsor = z.strictObject({ name: z.string().optional(), class: AgencyClass.optional() });

export const CtgovStudySchema = z.strictObject({
  protocolSection: z.strictObject({
    identificationModule: z.strictObject({
      // The spec types nctId as a plain string; the API's filter.ids parameter gives the NCT pattern.
      nctId: z.string().regex(/^NCT\d{8}$/),
      briefTitle: z.string().optional(),
      officialTitle: z.string().optional(),
      organization: z.strictObject({ fullName: z.string().optional(), class: AgencyClass.optional() }).optional(),
    }),
    statusModule: z.strictObject({ overallStatus: Status.optional() }).optional(),
    sponsorCollaboratorsModule: z
      .strictObject({ leadSponsor: Sponsor.optional(), collaborators: z.array(Sponsor).optional() })
      .optional(),
    descriptionModule: z
      .strictObject({ briefSummary: z.string().optional(), detailedDescription: z.string().optional() })
      .optional(),
    conditionsModule: z
      .strictObject({ conditions: z.array(z.string()).optional(), keywords: z.array(z.string()).optional() })
      .optional(),
    designModule: z.strictObject({ studyType: StudyType.optional(), phases: z.array(Phase).optional() }).optional(),
    armsInterventionsModule: z
      .strictObject({
        interventions: z
          .array(z.strictObject({ type: InterventionType.optional(), name: z.string().optional() }))
          .optional(),
      })
      .optional(),
    eligibilityModule: z
      .strictObject({
        eligibilityCriteria: z.string().optional(),
        healthyVolunteers: z.boolean().optional(),
        sex: Sex.optional(),
        minimumAge: Age.optional(),
        maximumAge: Age.optional(),
        stdAges: z.array(StandardAge).optional(),
      })
      .optional(),
    contactsLocationsModule: z
      .strictObject({
        locations: z
          .array(
            z.strictObject({
              facility: z.string().optional(),
              status: Status.optional(),
              city: z.string().optional(),
              state: z.string().optional(),
              country: z.string().optional(),
            }),
          )
          .optional(),
      })
      .optional(),
  }),
});

export type CtgovStudy = z.infer<typeof CtgovStudySchema>;
