// What to ask for: every fact has a test or record it comes from, and missing facts group by it.
import { describe, expect, it } from 'vitest';
import { FACT_IDS } from '../../src/criteria';
import { bySource, FACT_SOURCE, SOURCES } from '../../src/criteria/sources';

describe('where each fact comes from', () => {
  it('names a source for every fact, from the list of sources', () => {
    expect(Object.keys(FACT_SOURCE).sort()).toEqual([...FACT_IDS].sort());
    for (const source of Object.values(FACT_SOURCE)) expect(SOURCES).toContain(source);
  });

  it('groups missing facts by source, in the order a family gathers them', () => {
    expect(bySource(['hbsag_positive', 'lvef_pct', 'egfr', 'mrss', 'dlco_pct_pred', 'fvc_pct_pred'])).toEqual([
      ['rheumatologist', ['mrss']],
      ['bloodTests', ['hbsag_positive', 'egfr']],
      ['heartUltrasound', ['lvef_pct']],
      ['lungFunction', ['dlco_pct_pred', 'fvc_pct_pred']],
    ]);
    expect(bySource([])).toEqual([]);
  });
});
