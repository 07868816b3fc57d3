// How much work one evaluate() call does, counted rather than timed, so that the count is the same on a
// fast machine and a busy one. It replaces the "under 20 µs" test (now in `npm run bench`): what keeps
// evaluate fast is that it walks the criteria table once, each condition once, whatever the answers
// are. A change that walks a subtree twice, or every criterion per criterion, changes this count.
import { describe, expect, it, vi } from 'vitest';
import type { Condition, Rule } from '../../src/criteria/conditions';
import examples from '../fixtures/examples.json';
import { patient } from './patients';

const visits = vi.hoisted(() => ({ count: 0 }));

// The criteria table, with every condition node counting each time evaluate reads its `kind` (which it
// does exactly once per visit, in evaluateCondition's switch).
vi.mock('../../src/criteria/criteria', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/criteria/criteria')>();
  const counted = (c: Condition): Condition => {
    const children: Partial<Record<string, unknown>> = {};
    if (c.kind === 'all' || c.kind === 'any') children.of = c.of.map(counted);
    if (c.kind === 'not') children.of = counted(c.of);
    if (c.kind === 'measuredElse') {
      children.measured = counted(c.measured);
      children.otherwise = counted(c.otherwise);
    }
    return new Proxy({ ...c, ...children } as Condition, {
      get(target, key, receiver) {
        if (key === 'kind') visits.count++;
        return Reflect.get(target, key, receiver);
      },
    });
  };
  const rule = (r: Rule): Rule =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'kind' ? v : counted(v as Condition)])) as Rule;
  return { ...real, CRITERIA: real.CRITERIA.map((criterion) => ({ ...criterion, rule: rule(criterion.rule) })) };
});

const { evaluate } = await import('../../src/criteria');
const { CRITERIA } = await import('../../src/criteria/criteria');

/** Condition nodes in the whole table. */
function nodes(c: Condition): number {
  if (c.kind === 'all' || c.kind === 'any') return 1 + c.of.reduce((sum, child) => sum + nodes(child), 0);
  if (c.kind === 'not') return 1 + nodes(c.of);
  if (c.kind === 'measuredElse') return 1 + nodes(c.measured) + nodes(c.otherwise);
  return 1;
}
const before = visits.count;
const TABLE_NODES = CRITERIA.reduce(
  (sum, { rule }) =>
    sum + Object.entries(rule).reduce((n, [k, v]) => (k === 'kind' ? n : n + nodes(v as Condition)), 0),
  0,
);
visits.count = before; // counting the table read every kind once

function visitsOf(answers: unknown): number {
  visits.count = 0;
  evaluate(answers);
  return visits.count;
}

describe('one evaluate() call', () => {
  it('has a criteria table of some size to walk', () => {
    expect(TABLE_NODES).toBeGreaterThan(CRITERIA.length);
  });

  it.each(examples.map((e, i) => [i, e.verdict, e.answers] as const))(
    'visits every condition exactly once for worked example %i (%s)',
    (_, __, answers) => {
      expect(visitsOf(answers)).toBe(TABLE_NODES);
    },
  );

  it('visits every condition exactly once for a measured mPAP, an empty form and nonsense', () => {
    const inputs: unknown[] = [
      patient({ mpap_mmhg: 40 }),
      patient({ lvef_pct: 40 }),
      {},
      null,
      'nonsense',
      { lvef_pct: 'x' },
    ];
    expect(inputs.map(visitsOf)).toEqual(inputs.map(() => TABLE_NODES));
  });
});
