/** 简体中文：预筛中关于感染的问题（结核、其他感染、乙肝和丙肝、HIV、梅毒、活疫苗），属于 ./questions.ts 的 `questions`；写法相同。 */
export const infectionQuestions = {
  active_tuberculosis: {
    label: '孩子是否患有活动性结核？',
    hint: 'PPD或T-SPOT阳性不等于活动性结核，可能只是潜伏感染。',
  },
  active_infection: {
    label: '孩子现在有没有需要全身治疗的感染（活动性的，或目前没有控制住的）？',
    hint: '即口服、打针或输液用抗生素等抗感染药；只用药膏、滴剂或感冒药的不算。没有控制住、但不需要全身治疗的感染算不算，注册记录没说：请选“不确定”，问研究团队。',
  },
  hbsag_positive: {
    label: '乙型肝炎表面抗原（HBsAg）是否阳性？',
    hint: '不要看成“乙肝五项”里的表面抗体（抗-HBs）：打过乙肝疫苗后它常为阳性。',
    answers: { no: '阴性', yes: '阳性' },
  },
  hbcab_positive: {
    label: '乙型肝炎核心抗体（HBcAb）是否阳性？',
    hint: '',
    answers: { no: '阴性', yes: '阳性' },
  },
  hbv_dna_above_normal: {
    label: '血液中的乙型肝炎病毒DNA是否高于正常范围？',
    hint: '因为HBsAg或HBcAb为阳性或尚不清楚，所以问这个问题。',
    answers: { no: '正常或未检出', yes: '高于正常' },
  },
  hcv_ab_positive: {
    label: '丙型肝炎抗体（HCV抗体）是否阳性？',
    hint: '',
    answers: { no: '阴性', yes: '阳性' },
  },
  hcv_rna_above_normal: {
    label: '丙型肝炎病毒RNA（HCV RNA）是否高于正常范围？',
    hint: '因为HCV抗体为阳性或尚不清楚，所以问这个问题。',
    answers: { no: '正常或未检出', yes: '高于正常' },
  },
  hiv_ab_positive: {
    label: '人类免疫缺陷病毒（HIV）抗体检测是否阳性？',
    hint: '',
    answers: { no: '阴性', yes: '阳性' },
  },
  treponema_ab_positive: {
    label: '梅毒螺旋体（梅毒）抗体检测是否阳性？',
    hint: '',
    answers: { no: '阴性', yes: '阳性' },
  },
  live_vaccine_within_4_weeks: {
    label: '孩子在最近4周内是否接种过活疫苗？',
    hint: '例如麻腮风、水痘、乙脑减毒活疫苗、甲肝减毒活疫苗、鼻喷流感疫苗、脊灰糖丸。看接种本上的名称：写“减毒活疫苗”的才算，灭活疫苗和打针的流感疫苗不算。注册记录按医院筛选前4周算：如果接种已有一段时间，请问研究团队。',
  },
};
