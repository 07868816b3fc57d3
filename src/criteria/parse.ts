/**
 * Reads untrusted answers into typed facts. Nothing throws: a value of the wrong type, out of range,
 * not a whole number where one is needed, or not in the enum is reported in `invalid` and treated as
 * not known. Numbers must be numbers: the page parses what people type ("0,5") before it gets here.
 */
import { FACT_IDS, FACTS, type Answers, type FactId, type FactSpec } from './facts';
import { invalidText } from './text/en';
import type { InvalidAnswer } from './types';

const SPECS: [FactId, FactSpec][] = FACT_IDS.map((id) => [id, FACTS[id]]);

export function parseAnswers(input: unknown): { answers: Answers; invalid: InvalidAnswer[] } {
  // A prototype-free dictionary: keys such as "__proto__" in the input can't reach it, and V8 keeps it fast.
  const answers: Record<string, unknown> = Object.create(null);
  const invalid: InvalidAnswer[] = [];
  if (input === null || input === undefined) return { answers, invalid };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { answers, invalid: [{ field: '(answers)', message: invalidText.notAnObject }] };
  }
  for (const [id, spec] of SPECS) {
    if (!Object.hasOwn(input, id)) continue;
    const value: unknown = (input as Record<string, unknown>)[id];
    if (value === null || value === undefined) continue;
    if (spec.type === 'boolean') {
      if (typeof value === 'boolean') answers[id] = value;
      else invalid.push({ field: id, message: invalidText.boolean(id) });
    } else if (spec.type === 'enum[]') {
      const accepted: readonly string[] = spec.values;
      if (Array.isArray(value) && value.every((v) => typeof v === 'string' && accepted.includes(v))) {
        answers[id] = [...new Set(value as string[])];
      } else invalid.push({ field: id, message: invalidText.list(id, accepted) });
    } else {
      const integer = spec.type === 'integer';
      const ok =
        typeof value === 'number' && Number.isFinite(value) && value >= spec.min && value <= spec.max &&
        (!integer || Number.isInteger(value));
      if (ok) answers[id] = value;
      else invalid.push({ field: id, message: invalidText.number(id, spec.min, spec.max, spec.unit, integer) });
    }
  }
  return { answers: answers as Answers, invalid };
}
