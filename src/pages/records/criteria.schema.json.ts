// The JSON Schema of criteria.json, made from its zod schema (src/criteria/file-schema.ts).
import { criteriaJsonSchema } from '../../criteria/file-schema';

export const GET = () => Response.json(criteriaJsonSchema());
