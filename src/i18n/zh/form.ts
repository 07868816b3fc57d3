/** 简体中文：预筛表单里问题之外的文字（分组标题和说明、计算器的展开按钮、“或”“选填”）。只在构建页面时使用：交互部分沿用页面上的表单，所以它的脚本包里没有这些文字。 */
export const form = {
  /** 计算器的展开按钮（打开时才加载内容）。 */
  openCalculator: {
    acr: '计算2013年ACR/EULAR评分',
    mrss: '把17个部位的得分相加，算出mRSS',
    egfr: '根据肌酐计算eGFR',
    uln: '计算是正常值上限（ULN）的多少倍',
    dose: '根据剂量和体重计算mg/kg/day',
  },
  /** Follows the question's label directly (English carries its own space). */
  optional: '（选填）',
  or: '或',
  groups: {
    patient: '孩子',
    disease: '疾病和治疗',
    organs: '心脏、肺、肾脏和肝脏',
    infections: '感染和其他排除情况',
  },
  groupHints: {
    patient: '',
    disease: '',
    organs: '请使用最近一次的结果。',
    infections: '有检查结果的，请根据检查结果回答。',
  },
};
