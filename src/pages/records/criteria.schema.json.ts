// The JSON Schema of criteria.json, generated from the facts and criteria (src/records/criteria-schema.ts).
import { criteriaJsonSchema } from '../../records/criteria-schema';

export const GET = () => Response.json(criteriaJsonSchema());
