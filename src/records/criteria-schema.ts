/**
 * /records/criteria.schema.json: the JSON Schema (draft 2020-12) of /records/criteria.json, generated from
 * the engine's facts and criteria so that it refuses what the engine could not run: a threshold on a yes/no
 * or list fact, a value outside a fact's range, a fact that does not exist, an unknown, duplicate, missing
 * or misplaced criterion id, a fact spec other than the dictionary's (so min above max). It compiles under
 * ajv's strict mode (no unknown keywords or formats, every object typed, tuples closed).
 */
import { CRITERIA, FACT_IDS, FACTS, type FactId } from '../criteria';
import { trial } from '../data/trial';
import { FACT_SYSTEM } from './fhir-codes';

const factsOfType = (...types: string[]) => FACT_IDS.filter((id) => types.includes(FACTS[id].type));
const numeric = factsOfType('integer', 'number');

/** An object with exactly these properties, all required unless listed in `optional`. */
function object(properties: Record<string, unknown>, optional: string[] = []) {
  const required = Object.keys(properties).filter((k) => !optional.includes(k));
  return { type: 'object', required, additionalProperties: false, properties };
}

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

/** A threshold's value within its fact's range (and whole where the fact is whole). */
function thresholdOn(fact: FactId) {
  const spec = FACTS[fact];
  if (!('min' in spec)) throw new Error(`${fact} is not a number`);
  const value = { type: spec.type, minimum: spec.min, maximum: spec.max };
  return object({ kind: { const: 'threshold' }, fact: { const: fact }, op: { enum: ['>=', '<=', '>'] }, value });
}

export function criteriaJsonSchema() {
  const list = (item: unknown) => ({ type: 'array', minItems: 1, items: item });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `The eligibility criteria of ${trial.id} as data (criteria.json)`,
    ...object({
      $schema: { type: 'string' },
      trial: { const: trial.id },
      source: { const: trial.registryUrl },
      codeSystem: { const: FACT_SYSTEM },
      facts: object(Object.fromEntries(FACT_IDS.map((id) => [id, { const: FACTS[id] }]))),
      criteria: {
        type: 'array',
        minItems: CRITERIA.length,
        maxItems: CRITERIA.length,
        items: false,
        prefixItems: CRITERIA.map(({ id }) => object({ id: { const: id }, rule: ref('rule') })),
      },
      standingNote: { const: 'E13' },
    }),
    $defs: {
      threshold: { anyOf: numeric.map(thresholdOn) },
      is: object({ kind: { const: 'is' }, fact: { enum: factsOfType('boolean') }, value: { type: 'boolean' } }),
      condition: {
        anyOf: [
          ref('threshold'),
          ref('is'),
          object({ kind: { const: 'nonEmpty' }, fact: { enum: factsOfType('enum[]') } }),
          object({ kind: { const: 'all' }, of: list(ref('condition')) }),
          object({ kind: { const: 'any' }, of: list(ref('condition')) }),
          object({ kind: { const: 'not' }, of: ref('condition') }),
          object({ kind: { const: 'measuredElse' }, measured: ref('threshold'), otherwise: ref('is') }),
        ],
      },
      rule: {
        anyOf: [
          object({ kind: { const: 'inclusion' }, require: ref('condition'), reviewIf: ref('condition') }, ['reviewIf']),
          object({ kind: { const: 'exclusion' }, failIf: ref('condition') }),
          object({ kind: { const: 'exclusion' }, reviewIf: ref('condition') }),
        ],
      },
    },
  };
}
