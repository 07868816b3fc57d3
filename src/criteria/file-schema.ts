/**
 * The schema of /records/criteria.json: the facts and criteria exactly as the engine holds them, with
 * no wording in any language. Checked at build. Its JSON Schema (/records/criteria.schema.json,
 * src/records/criteria-schema.ts) is stricter: it is generated from the facts and criteria themselves.
 */
import { z } from 'astro/zod';
import { FACT_IDS, IMMUNOMODULATORS } from './facts';
import { CriterionSchema } from './schema';

const UnitSchema = z.enum([
  'years',
  'points',
  'mg_per_kg_day',
  'months',
  'percent',
  'ml_min_173',
  'x_uln',
  'percent_predicted',
  'mmhg',
]);

/** One fact's type: yes/no, a number in a range with its unit, or a list of immunomodulators. */
const FactSpecSchema = z.union([
  z.strictObject({ type: z.literal('boolean') }),
  z.strictObject({ type: z.enum(['integer', 'number']), min: z.number(), max: z.number(), unit: UnitSchema }),
  z.strictObject({ type: z.literal('enum[]'), values: z.array(z.enum(IMMUNOMODULATORS)) }),
]);

export const CriteriaFileSchema = z.strictObject({
  /** The JSON Schema: absolute with SITE_URL, else relative to this file. */
  $schema: z.string().min(1),
  /** The registry id the criteria belong to. */
  trial: z.string().regex(/^NCT\d{8}$/),
  /** The registry record, authoritative for the criteria's wording. */
  source: z.url(),
  /** The code system the FHIR records name the fact ids in (an origin-free urn:uuid). */
  codeSystem: z.string().startsWith('urn:uuid:'),
  facts: z.record(z.enum(FACT_IDS as [string, ...string[]]), FactSpecSchema),
  /** I1-I8 and E1-E12, in the registry's order; each rule is a condition tree over the facts. */
  criteria: z.array(CriterionSchema),
  /** E13: the investigators may find taking part inappropriate. Never decided. */
  standingNote: z.literal('E13'),
});
