/**
 * 简体中文：预筛的问题，按事实编号：`label`、`hint`，数字类问题另有 `what`（用于错误提示）。提示中的数字
 * 是占位符，由标准数据填入（src/i18n/format.ts）：{min} 和 {max} 是可接受的范围，{atLeast}、{atMost} 和
 * {above} 是本试验的限值。
 */
import { questionWords } from './questions-words';
import { infectionQuestions } from './questions-infections';

export const questions = {
  age_years: {
    label: '年龄（周岁）',
    hint: '按周岁填写，不按虚岁：满几岁就填几（例如{atMost}岁半填{atMost}），{min}到{max}。本试验接受{atLeast}至{atMost}周岁的孩子。',
    ...questionWords.age_years,
  },
  childbearing_potential: {
    label: '孩子是否处于育龄期？',
    hint: '“育龄期”是注册记录的用语，这里不只指成年女性：已来月经、或虽未来月经但已有怀孕可能的女孩选“是”，接下来会问妊娠试验；男孩选“否”。这一条（如避孕）对每个孩子怎样适用，包括男孩，由研究团队说明。',
  },
  urine_pregnancy_negative: {
    label: '尿妊娠试验的结果是什么？',
    hint: '',
    answers: { yes: '阴性：未怀孕', no: '阳性：怀孕' },
  },
  contraception_agreed: {
    label: '这名青少年是否同意采取有效的避孕措施，直到回输后1年？',
    hint: '',
  },
  blood_pregnancy_positive: {
    label: '血妊娠试验的结果是什么？',
    hint: '',
    answers: { no: '阴性：未怀孕', yes: '阳性：怀孕' },
  },
  consent_willing: {
    label: '孩子本人或其家长/监护人是否愿意签署书面知情同意书？',
    hint: '注册记录写的是孩子本人或其监护人同意并签署；由谁签署，研究团队会说明。',
  },
  ssc_classification_met: {
    label: '孩子是否符合2013年ACR/EULAR系统性硬化病分类标准？',
    hint: '总分达到{classification}分或以上。',
  },
  autoantibody_positive: {
    label: '是否有任何一种抗核抗体（ANA）或系统性硬化病特异性抗体呈阳性？',
    hint: '',
    answers: { no: '阴性', yes: '阳性' },
  },
  mrss: {
    label: '改良Rodnan皮肤评分（mRSS）',
    hint: '分数，{min}到{max}之间的整数。本试验要求{atLeast}分或以上。',
    ...questionWords.mrss,
  },
  max_glucocorticoid_mg_per_kg_day: {
    label: '孩子用过的糖皮质激素（激素）每天最高剂量，不一定是现在的剂量',
    hint: '按泼尼松等效剂量计，单位mg/kg/day，{min}到{max}。本试验要求{atLeast}或以上。其他激素，如甲泼尼龙（甲强龙、美卓乐），可用下面的计算器换算。静脉冲击治疗是否算在内，注册记录没说，由研究团队判断。',
    ...questionWords.max_glucocorticoid_mg_per_kg_day,
  },
  cyclophosphamide_received: { label: '孩子是否用过环磷酰胺？', hint: '' },
  other_immunomodulators: {
    label: '孩子还用过哪些其他免疫调节剂？',
    hint: '请勾选所有用过的。这个列表并不完整：用过的药物没有列出时，请勾选“其他免疫调节剂”。本试验要求至少用过一种。',
  },
  months_without_remission: {
    label: '用了这些治疗仍未明显缓解的月数',
    hint: '月数，算到现在，可填小数（例如3个半月填3.5），{min}到{max}。本试验要求超过{above}个月。注册记录没有说从哪一天算起：这几种治疗（糖皮质激素、环磷酰胺和另一种免疫调节剂）开始的时间不同时，从最早开始的那一种算起，并把每种的开始时间告诉研究团队。是否“明显缓解”，请问孩子的医生。',
    ...questionWords.months_without_remission,
  },
  rapid_progression_refractory: {
    label: '疾病是否进展迅速，且常规治疗无效？',
    hint: '这是进入本试验的另一条途径；这种情况由研究团队决定。',
  },
  prior_car_t: { label: '孩子以前是否接受过CAR-T细胞治疗？', hint: '' },
  other_trial_within_3_months: {
    label: '孩子在最近3个月内是否参加过其他干预性临床试验？',
    hint: '即作为研究内容给予治疗或检查（如新药）的试验；只收集信息的研究不算。',
  },
  lvef_pct: {
    label: '左心室射血分数（LVEF）',
    hint: '百分比，{min}到{max}。本试验要求{atLeast}或以上。请填射血分数（EF），不是旁边的短轴缩短率（FS）。',
    ...questionWords.lvef_pct,
  },
  ecg_normal: {
    label: '心电图是否正常？',
    hint: '写了某项发现（如“窦性心律不齐”）的，是否明显异常请问孩子的医生，问到之前选“不确定”。',
    answers: { yes: '正常、大致正常或未见明显异常', no: '有明显异常' },
  },
  egfr: {
    label: '估算肾小球滤过率（eGFR）',
    hint: '单位mL/min/1.73 m²，{min}到{max}。本试验要求{atLeast}或以上。',
    ...questionWords.egfr,
  },
  ast_x_uln: {
    label: '天冬氨酸氨基转移酶（AST，谷草转氨酶）是正常值上限（ULN）的多少倍',
    hint: '例如，1.5 × ULN就填1.5；{min}到{max}。本试验要求{atMost}或以下。',
    ...questionWords.ast_x_uln,
  },
  alt_x_uln: {
    label: '丙氨酸氨基转移酶（ALT，谷丙转氨酶）是ULN的多少倍',
    hint: '{min}到{max}。本试验要求{atMost}或以下。',
    ...questionWords.alt_x_uln,
  },
  bilirubin_x_uln: {
    label: '总胆红素是ULN的多少倍',
    hint: '{min}到{max}。本试验要求{atMost}或以下。',
    ...questionWords.bilirubin_x_uln,
  },
  spo2_pct: {
    label: '血氧饱和度（SpO2）',
    hint: '百分比，{min}到{max}。本试验要求{atLeast}或以上。',
    ...questionWords.spo2_pct,
  },
  dlco_pct_pred: {
    label: '肺一氧化碳弥散量（DLCO），占预计值百分比',
    hint: '百分比，{min}到{max}。本试验要求{atLeast}或以上。',
    ...questionWords.dlco_pct_pred,
  },
  fvc_pct_pred: {
    label: '用力肺活量（FVC），占预计值百分比',
    hint: '百分比，{min}到{max}。本试验要求{atLeast}或以上。',
    ...questionWords.fvc_pct_pred,
  },
  mpap_mmhg: {
    label: '右心导管测得的肺动脉平均压（mPAP）',
    hint: '单位mmHg，{min}到{max}。只填右心导管测得的平均压；心脏彩超报告上的“肺动脉收缩压（估测）”是另一个数，不要填。没有导管数值就留空（不确定）。高于{above}时孩子不能参加；填了数值就代替下一题的回答。',
    ...questionWords.mpap_mmhg,
  },
  severe_pulmonary_hypertension: {
    label: '孩子是否有重度肺高血压？',
    hint: '任何原因（心脏、肺或血管）引起的都算，不仅限于动脉性肺动脉高压；报告上可能写作“肺动脉高压”或“肺高压”。请按医生的诊断回答，不要按心脏彩超的估测值；不确定就选“不确定”。',
  },
  other_severe_organ_involvement: {
    label: '除了肺高血压，心、肺、肾等主要器官有没有受到严重损害？',
    hint: '系统性硬化病可能累及肺、心、肾等器官（例如间质性肺疾病）；有这些病变不一定算严重，这里只问严重的情况。是否严重由研究团队判断；拿不准就选“不确定”。',
  },
  active_cns_disease: {
    label: '孩子是否有活动性的脑或神经系统疾病？',
    hint: '例如癫痫、脑卒中或脑出血、痴呆、小脑疾病。',
  },
  congenital_heart_disease: { label: '孩子是否有先天性心脏病？', hint: '' },
  recent_myocardial_infarction: {
    label: '孩子在最近6个月内是否发生过急性心肌梗死（心梗）？',
    hint: '',
  },
  severe_arrhythmia: {
    label: '孩子是否有严重的心律失常？',
    hint: '例如频发多源性室上性心动过速，或室性心动过速。',
  },
  pericardial_or_myocardial_disease: {
    label: '是否有大量心包积液或严重心肌炎？',
    hint: '',
  },
  vasoactive_support: {
    label: '孩子是否需要用血管活性药物（升压药）来维持血压？',
    hint: '只算用来把过低的血压升上去、维持住的药。扩张血管的药（如治疗雷诺现象的药）不算。',
  },
  ...infectionQuestions,
  transplant_within_3_months: {
    label: '孩子在最近3个月内是否接受过器官移植或造血干细胞移植？',
    hint: '',
  },
  acute_gvhd_grade2_within_2_weeks: {
    label: '最近2周内是否出现过2级或以上的急性移植物抗宿主病（GVHD）？',
    hint: '上一题只问3个月内，这一题不论移植何时做的，所以上一题答“否”也会问。',
  },
  known_malignancy: {
    label: '孩子是否已知患有恶性疾病（如恶性肿瘤）？',
    hint: '良性肿块（如血管瘤）不算。',
  },
};
