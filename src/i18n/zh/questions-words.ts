/**
 * 简体中文：预筛的脚本在页面已显示的文字之外还需要的问题文字（每个问题的 label 和 hint 从页面读取：
 * src/components/checker/hydrate.ts）：数字类问题的 `what`，用于错误提示。由 ./questions.ts 展开使用。
 */
export const questionWords = {
  age_years: {
    what: '以周岁计的年龄',
  },
  mrss: {
    what: 'mRSS',
  },
  max_glucocorticoid_mg_per_kg_day: {
    what: '以mg/kg/day计的剂量',
  },
  months_without_remission: {
    what: '月数',
  },
  lvef_pct: {
    what: '以百分比表示的左心室射血分数',
  },
  egfr: {
    what: '以mL/min/1.73 m²计的eGFR',
  },
  ast_x_uln: {
    what: '以ULN倍数表示的AST',
  },
  alt_x_uln: {
    what: '以ULN倍数表示的ALT',
  },
  bilirubin_x_uln: {
    what: '以ULN倍数表示的总胆红素',
  },
  spo2_pct: {
    what: '以百分比表示的SpO2',
  },
  dlco_pct_pred: {
    what: '以占预计值百分比表示的DLCO',
  },
  fvc_pct_pred: {
    what: '以占预计值百分比表示的FVC',
  },
  mpap_mmhg: {
    what: '以mmHg计的mPAP',
  },
};
