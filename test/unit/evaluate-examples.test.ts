import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/criteria';
import examples from '../fixtures/examples.json';

interface Example {
  name: string;
  answers: Record<string, unknown>;
  verdict: string;
  fail: string[];
  review?: string[];
  unknown?: string[];
  invalid?: string[];
}

describe('the worked examples of the data dictionary', () => {
  it.each((examples as Example[]).map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const result = evaluate(example.answers);
    const ids = (status: string) => result.criteria.filter((c) => c.status === status).map((c) => c.id);
    expect(result.verdict).toBe(example.verdict);
    expect(ids('fail')).toEqual(example.fail);
    if (example.review) expect(ids('review')).toEqual(example.review);
    if (example.unknown) expect(ids('unknown')).toEqual(example.unknown);
    if (example.invalid) expect(result.invalid.map((i) => i.field)).toEqual(example.invalid);
  });
});
