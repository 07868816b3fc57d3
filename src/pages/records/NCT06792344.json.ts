// The study in the shape of a ClinicalTrials.gov API v2 record (src/records/ctgov.ts), checked at build.
import { ctgovRecord } from '../../records/ctgov';
import { CtgovStudySchema } from '../../records/ctgov-schema';

export const GET = () => Response.json(CtgovStudySchema.parse(ctgovRecord()));
