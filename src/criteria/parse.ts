/**
 * Reads untrusted answers into typed facts. Nothing throws: a value of the wrong type, out of range,
 * not a whole number where one is needed, or not in the enum is reported in `invalid` and treated as
 * not known. Numbers must be numbers: the page parses what people type ("0,5") before it gets here.
 */
import { FACT_IDS, FACTS, type Answers, type FactId, type FactSpec } from './facts';
import type { InvalidAnswer } from './types';

const SPECS: [FactId, FactSpec][] = FACT_IDS.map((id) => [id, FACTS[id]]);

/** What a fact accepts, as a record (the `message` is a language-free notation of the same). */
function rejected(field: FactId, spec: FactSpec, problem: InvalidAnswer['problem']): InvalidAnswer {
  if (spec.type === 'boolean') return { field, problem, expected: 'boolean', message: `${field}: boolean` };
  if (spec.type === 'enum[]') {
    return {
      field,
      problem,
      expected: 'list',
      values: spec.values,
      message: `${field}: list of ${spec.values.join('|')}`,
    };
  }
  const { type, min, max } = spec;
  return { field, problem, expected: type, min, max, message: `${field}: ${type} ${min}..${max}` };
}

export function parseAnswers(input: unknown): { answers: Answers; invalid: InvalidAnswer[] } {
  // A prototype-free dictionary: keys such as "__proto__" in the input can't reach it, and V8 keeps it fast.
  const answers: Record<string, unknown> = Object.create(null);
  const invalid: InvalidAnswer[] = [];
  if (input === null || input === undefined) return { answers, invalid };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      answers,
      invalid: [{ field: '(answers)', problem: 'type', expected: 'object', message: '(answers): object' }],
    };
  }
  for (const [id, spec] of SPECS) {
    if (!Object.hasOwn(input, id)) continue;
    const value: unknown = (input as Record<string, unknown>)[id];
    if (value === null || value === undefined) continue;
    if (spec.type === 'boolean') {
      if (typeof value === 'boolean') answers[id] = value;
      else invalid.push(rejected(id, spec, 'type'));
    } else if (spec.type === 'enum[]') {
      const accepted: readonly string[] = spec.values;
      if (!Array.isArray(value)) invalid.push(rejected(id, spec, 'type'));
      else if (value.every((v) => typeof v === 'string' && accepted.includes(v)))
        answers[id] = [...new Set(value as string[])];
      else invalid.push(rejected(id, spec, 'enum'));
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      invalid.push(rejected(id, spec, 'type'));
    } else if (value < spec.min || value > spec.max || (spec.type === 'integer' && !Number.isInteger(value))) {
      invalid.push(rejected(id, spec, 'range'));
    } else answers[id] = value;
  }
  return { answers: answers as Answers, invalid };
}
