/**
 * The criteria data's schema: what a well-formed criterion is, typed against `Condition` and `Rule`, so
 * that a test (or a tool that edits the data) can check the table. The engine itself does not parse it
 * at run time.
 */
import { z } from 'astro/zod';
import type { Condition } from './conditions';
import { FACT_IDS } from './facts';

const FactIdSchema = z.enum(FACT_IDS as [string, ...string[]]);

const ThresholdSchema = z.object({
  kind: z.literal('threshold'),
  fact: FactIdSchema,
  op: z.enum(['>=', '<=', '>']),
  value: z.number(),
});
const IsSchema = z.object({ kind: z.literal('is'), fact: FactIdSchema, value: z.boolean() });

const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    ThresholdSchema,
    IsSchema,
    z.object({ kind: z.literal('nonEmpty'), fact: FactIdSchema }),
    z.object({ kind: z.literal('all'), of: z.array(ConditionSchema).min(1) }),
    z.object({ kind: z.literal('any'), of: z.array(ConditionSchema).min(1) }),
    z.object({ kind: z.literal('not'), of: ConditionSchema }),
    z.object({ kind: z.literal('measuredElse'), measured: ThresholdSchema, otherwise: IsSchema }),
  ]),
) as z.ZodType<Condition>;

/** One criterion: an id of the registry's list and how it is decided. */
export const CriterionSchema = z.object({
  /** I1-I8, E1-E12 (E13 is a standing note, never decided). */
  id: z.string().regex(/^(I[1-8]|E([1-9]|1[0-2]))$/),
  rule: z.union([
    z.object({ kind: z.literal('inclusion'), require: ConditionSchema, reviewIf: ConditionSchema.optional() }),
    z.object({ kind: z.literal('exclusion'), failIf: ConditionSchema }),
    z.object({ kind: z.literal('exclusion'), reviewIf: ConditionSchema }),
  ]),
});
