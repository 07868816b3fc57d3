/**
 * The part of a ClinicalTrials.gov API v2 study record that /records/NCT06792344.json fills, as a zod
 * schema. Written by hand from the API's OpenAPI 3 spec ("ClinicalTrials.gov REST API", version
 * 2.0.0-draft, ctg-oas-v2.yaml, the file the API publishes at /api/oas/v2; read in the copy kept by
 * mcode/clinical-trial-matching-service, commit 7d4f3df, September 2024): `components.schemas` Study,
 * ProtocolSection and the modules below, with their enums and the age pattern as the spec has them.
 * Every property is optional there, as here. The site's record is checked with strict objects (the spec
 * allows extra properties) so that a misspelt field name fails the build instead of being ignored by
 * readers; the API's own answer (`npm run registry`) with open ones.
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

/** A date as the API writes it: year-month or year-month-day (the spec's PartialDate and NormalizedDate). */
const PartialDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);

/**
 * The schema, with strict objects for the site's own record (a misspelt field fails the test) or open
 * ones for the API's answer, which has many more modules and fields than the site fills.
 */
function studySchema(strict: boolean) {
  const obj = <T extends z.core.$ZodLooseShape>(shape: T) => (strict ? z.strictObject(shape) : z.looseObject(shape));
  const Sponsor = obj({ name: z.string().optional(), class: AgencyClass.optional() });
  return obj({
    protocolSection: obj({
      identificationModule: obj({
        // The spec types nctId as a plain string; the API's filter.ids parameter gives the NCT pattern.
        nctId: z.string().regex(/^NCT\d{8}$/),
        briefTitle: z.string().optional(),
        officialTitle: z.string().optional(),
        organization: obj({ fullName: z.string().optional(), class: AgencyClass.optional() }).optional(),
      }),
      statusModule: obj({
        statusVerifiedDate: PartialDate.optional(),
        overallStatus: Status.optional(),
        lastUpdatePostDateStruct: obj({ date: PartialDate.optional(), type: z.string().optional() }).optional(),
      }).optional(),
      sponsorCollaboratorsModule: obj({
        leadSponsor: Sponsor.optional(),
        collaborators: z.array(Sponsor).optional(),
      }).optional(),
      descriptionModule: obj({
        briefSummary: z.string().optional(),
        detailedDescription: z.string().optional(),
      }).optional(),
      conditionsModule: obj({
        conditions: z.array(z.string()).optional(),
        keywords: z.array(z.string()).optional(),
      }).optional(),
      designModule: obj({ studyType: StudyType.optional(), phases: z.array(Phase).optional() }).optional(),
      armsInterventionsModule: obj({
        interventions: z.array(obj({ type: InterventionType.optional(), name: z.string().optional() })).optional(),
      }).optional(),
      eligibilityModule: obj({
        eligibilityCriteria: z.string().optional(),
        healthyVolunteers: z.boolean().optional(),
        sex: Sex.optional(),
        minimumAge: Age.optional(),
        maximumAge: Age.optional(),
        stdAges: z.array(StandardAge).optional(),
      }).optional(),
      contactsLocationsModule: obj({
        locations: z
          .array(
            obj({
              facility: z.string().optional(),
              status: Status.optional(),
              city: z.string().optional(),
              state: z.string().optional(),
              country: z.string().optional(),
            }),
          )
          .optional(),
      }).optional(),
    }),
  });
}

/** The site's record: only these fields, spelt as the spec spells them. */
export const CtgovStudySchema = studySchema(true);
/** The API's answer (GET /api/v2/studies/{nctId}): these fields checked, the others let through. */
export const CtgovApiStudySchema = studySchema(false);

export type CtgovStudy = z.infer<typeof CtgovStudySchema>;
