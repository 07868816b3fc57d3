// What to ask for: every fact has a test or record it comes from, and missing facts group by it.
import { describe, expect, it } from 'vitest';
import { FACT_IDS } from '../../src/criteria';
import { bySource, SOURCE_FACTS } from '../../src/criteria/sources';

describe('where each fact comes from', () => {
  it('names exactly one source for every fact', () => {
    expect(Object.values(SOURCE_FACTS).flat().sort()).toEqual([...FACT_IDS].sort());
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
