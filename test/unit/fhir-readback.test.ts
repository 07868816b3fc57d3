// Reading the FHIR Group back: each characteristic gives a clause (fact, comparator, value, include or
// exclude) and, in its extension, where that clause sits in /records/criteria.json. Every clause of
// criteria.json is first emptied; the Group alone fills them again. The engine, run on the criteria
// rebuilt this way, gives the worked examples' verdicts.
import type { GroupCharacteristic } from 'fhir/r5';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FACTS, type Condition, type Criterion, type evaluate as Evaluate } from '../../src/criteria';
import { criteriaFile } from '../../src/records/criteria-file';
import { CLAUSE_URL, eligibilityGroup } from '../../src/records/fhir';
import examples from '../fixtures/examples.json';

const urls = { criteria: 'https://example.org/records/criteria.json', fhir: 'https://example.org/records/x.fhir.json' };
const HOLE = { kind: 'hole' } as const;

/** criteria.json with every leaf clause (threshold, yes/no, non-empty list) replaced by a hole. */
function skeleton(): Criterion[] {
  const empty = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(empty);
    if (!node || typeof node !== 'object') return node;
    const kind = (node as { kind?: string }).kind;
    if (kind === 'threshold' || kind === 'is' || kind === 'nonEmpty') return HOLE;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, empty(v)]));
  };
  return empty(JSON.parse(JSON.stringify(criteriaFile('x').criteria))) as Criterion[];
}

/** The clause a characteristic states, from its code, value and exclude flag alone. */
function clauseOf(c: GroupCharacteristic): Condition {
  const fact = c.code.coding!.find((code) => code.system === urls.criteria)!.code as keyof typeof FACTS;
  if (c.valueRange) {
    return {
      kind: 'all',
      of: [
        { kind: 'threshold', fact, op: '>=', value: c.valueRange.low!.value! },
        { kind: 'threshold', fact, op: '<=', value: c.valueRange.high!.value! },
      ],
    };
  }
  if (c.valueQuantity) {
    const op = c.valueQuantity.comparator as '>=' | '<=' | '>';
    return { kind: 'threshold', fact, op, value: c.valueQuantity.value! };
  }
  if (FACTS[fact].type === 'enum[]') return { kind: 'nonEmpty', fact };
  return { kind: 'is', fact, value: c.valueBoolean! };
}

/** Puts a clause at a JSON pointer ('/criteria/3/rule/require/of/1') of the skeleton. */
function place(criteria: Criterion[], pointer: string, clause: Condition) {
  const path = pointer.split('/').slice(2);
  const last = path.pop()!;
  const parent = path.reduce(
    (node: Record<string, unknown>, key) => node[key] as Record<string, unknown>,
    criteria as never,
  );
  parent[last] = clause;
}

describe('the FHIR eligibility Group, read back', () => {
  const group = eligibilityGroup(urls);
  const rebuilt = skeleton();
  let evaluate: typeof Evaluate;

  beforeAll(async () => {
    for (const c of group.characteristic!) {
      const pointer = c.extension!.find((e) => e.url === CLAUSE_URL(urls))!.valueString!;
      place(rebuilt, pointer, clauseOf(c));
    }
    // The engine, with the criteria rebuilt from the Group in place of its own table.
    vi.resetModules();
    vi.doMock('../../src/criteria/criteria', async (original) => ({
      ...(await original<typeof import('../../src/criteria/criteria')>()),
      CRITERIA: rebuilt,
    }));
    ({ evaluate } = await import('../../src/criteria/evaluate'));
  });

  it('fills every clause of criteria.json, and only from the Group', () => {
    expect(JSON.stringify(rebuilt)).not.toContain('"hole"');
    expect(rebuilt).toEqual(JSON.parse(JSON.stringify(criteriaFile('x').criteria)));
  });

  it('marks exclude exactly on the clauses of the exclusion criteria', () => {
    for (const c of group.characteristic!) {
      const index = Number(c.extension![0]!.valueString!.split('/')[2]);
      expect(c.exclude).toBe(rebuilt[index]!.rule.kind === 'exclusion');
    }
  });

  it.each(examples.map((e) => [e.name, e] as const))('gives the engine’s verdict on “%s”', (_name, example) => {
    const result = evaluate(example.answers);
    const ids = (status: string) => result.criteria.filter((c) => c.status === status).map((c) => c.id);
    expect(result.verdict).toBe(example.verdict);
    expect(ids('fail')).toEqual(example.fail);
    if ('review' in example) expect(ids('review')).toEqual(example.review);
    if ('unknown' in example) expect(ids('unknown')).toEqual(example.unknown);
  });
});
