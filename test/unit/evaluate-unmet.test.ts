// A route that falls short is said while another is still unknown (issue 24, item 5): the engine
// keeps it in `unmet`, the formatter says it in every language.
import { describe, expect, it } from 'vitest';
import { evaluate, type Answers } from '../../src/criteria';
import { explainReason } from '../../src/i18n/format';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';

const criterion = (answers: Answers, id: string) => evaluate(answers).criteria.find((c) => c.id === id)!;

describe('an unmet route beside an unknown one', () => {
  const i5 = criterion(
    {
      max_glucocorticoid_mg_per_kg_day: 0.42,
      cyclophosphamide_received: true,
      other_immunomodulators: ['mycophenolate'],
      months_without_remission: 6,
    },
    'I5',
  );

  it('I5: 0.42 mg/kg/day with rapid progression not known names the shortfall and what is unknown', () => {
    expect(i5.status).toBe('unknown');
    expect(i5.unmet).toEqual([
      { kind: 'threshold', fact: 'max_glucocorticoid_mg_per_kg_day', op: '>=', limit: 0.5, value: 0.42, met: false },
    ]);
    expect(i5.missing).toEqual(['rapid_progression_refractory']);
    expect(explainReason(i5.unmet[0]!, en.criteria)).toContain('0.42');
    expect(explainReason(i5.unmet[0]!, en.criteria)).toContain('0.5');
    expect(en.checker.unmet.inclusion + explainReason(i5.unmet[0]!, en.criteria)).toMatch(
      /^Not met this way: .*0\.42.*below.*0\.5/,
    );
    expect(zh.checker.unmet.inclusion + explainReason(i5.unmet[0]!, zh.criteria)).toMatch(/不符合.*0\.42.*低于.*0\.5/);
  });

  it('I5: rapid progression "no" is said while the standard route is unknown', () => {
    const c = criterion({ rapid_progression_refractory: false }, 'I5');
    expect(c.status).toBe('unknown');
    expect(c.unmet).toEqual([{ kind: 'answer', fact: 'rapid_progression_refractory', value: false }]);
  });

  it('I7: childbearing potential is said while the pregnancy test is unknown', () => {
    const c = criterion({ childbearing_potential: true, contraception_agreed: true }, 'I7');
    expect(c.status).toBe('unknown');
    expect(c.unmet).toEqual([{ kind: 'answer', fact: 'childbearing_potential', value: true }]);
    expect(c.missing).toEqual(['urine_pregnancy_negative']);
  });

  it('E1 and E8: the parts that do not apply are said beside the unknown ones', () => {
    const e1 = criterion({ mpap_mmhg: 30 }, 'E1');
    expect(e1.status).toBe('unknown');
    expect(e1.unmet.map((r) => r.kind)).toEqual(['threshold']);
    const e8 = criterion({ hiv_ab_positive: false, treponema_ab_positive: false }, 'E8');
    expect(e8.status).toBe('unknown');
    expect(e8.unmet.map((r) => 'fact' in r && r.fact)).toEqual(['hiv_ab_positive', 'treponema_ab_positive']);
  });

  it('is empty when the criterion is decided, or when nothing is decided against it', () => {
    for (const c of evaluate({}).criteria) expect(c.unmet).toEqual([]);
    const decided = evaluate({ max_glucocorticoid_mg_per_kg_day: 0.42, rapid_progression_refractory: false });
    expect(decided.criteria.find((c) => c.id === 'I5')).toMatchObject({ status: 'fail', unmet: [] });
  });
});
