/**
 * 简体中文：各条标准、各项事实的名称和判定说明。标准原文以注册记录（ClinicalTrials.gov，NCT06792344）
 * 的英文为准，这里的数字均未改动。说明是模板，由格式化函数（src/i18n/format.ts）根据判定记录填入。
 */
export const criteria = {
  /** 每条标准：供临床医生阅读的表述（`text`）和给家长看的一句通俗说明（`summary`）。 */
  text: {
    I1: {
      text: '性别不限，年龄≥5岁。注册记录列出的年龄范围为5至18岁。',
      summary: '5至18岁的儿童和青少年可以考虑参加。',
    },
    I2: {
      text: '符合2013年ACR/EULAR系统性硬化病（SSc）分类标准。',
      summary: '孩子的病情符合医生用来对系统性硬化病进行分类的标准评分系统。',
    },
    I3: {
      text: '任何一种抗核抗体或任何一种系统性硬化病特异性抗体阳性。',
      summary: '血液检查发现了与这种病相关的抗体。',
    },
    I4: {
      text: '改良Rodnan皮肤评分（mRSS）≥15分（总分51分）。',
      summary: '按标准的皮肤评分，皮肤增厚达到了要求的程度。',
    },
    I5: {
      text:
        '符合难治性疾病的定义：已使用糖皮质激素（≥0.5 mg/kg/day）和环磷酰胺，并加用一种或多种其他免疫调节剂' +
        '（如抗疟药、硫唑嘌呤、麦考酚酸类药物、甲氨蝶呤、来氟米特、他克莫司、环孢素，或利妥昔单抗、贝利尤单抗、' +
        '泰它西普等生物制剂），疾病仍超过3个月未获得明显缓解；或：疾病进展迅速、临床常规治疗无效，' +
        '经研究者判断获益大于风险，且患者本人或其监护人充分知情同意。',
      summary: '常用的强效药物没能控制住病情；或者病情在常规治疗下仍迅速加重，且研究医生判断参加研究利大于弊。',
    },
    I6: {
      text:
        '主要器官功能基本正常：左心室射血分数（LVEF）≥55%，心电图（ECG）无明显异常；' +
        'eGFR≥30 mL/min/1.73 m²；AST和ALT≤3.0 × 正常值上限（ULN），总胆红素≤2.0 × ULN；' +
        'SpO2≥92%；DLCO≥预计值的40%；FVC≥预计值的50%。',
      summary: '心脏、肾脏、肝脏和肺的功能足够好，能够接受这种治疗。',
    },
    I7: {
      text: '育龄期受试者尿妊娠试验阴性，并同意在研究期间直至回输后1年内采取有效的避孕措施。',
      summary: '育龄期的受试者需要妊娠试验阴性，并且必须同意避孕；这一条怎样适用于每个孩子（包括男孩），由研究团队说明。',
    },
    I8: {
      text: '患者本人或其监护人同意参加本试验并签署知情同意书，表明了解本试验的目的和过程。',
      summary: '孩子本人或其家长/监护人了解这项研究，并书面同意参加。',
    },
    E1: {
      text: '重度肺高血压（肺动脉平均压>45 mmHg）或其他严重的主要器官受累。',
      summary: '肺部血压非常高，或其他器官严重受损。',
    },
    E2: {
      text: '既往接受过CAR-T细胞治疗，但研究者已排除其安全性风险者除外。',
      summary: '以前接受过CAR-T治疗的孩子，只有在研究医生认为安全时才能参加。',
    },
    E3: {
      text: '活动性中枢神经系统疾病，如癫痫、脑血管缺血或出血、痴呆或小脑疾病。',
      summary: '活动性的脑或神经疾病，例如癫痫。',
    },
    E4: {
      text:
        '先天性心脏病；筛选前6个月内发生过急性心肌梗死；严重心律失常（如频发多源性室上性心动过速或室性心动过速）；' +
        '大量心包积液或严重心肌炎；或生命体征不稳定、需要血管活性药物维持血压。',
      summary:
        '任何先天性心脏病（出生时就有的心脏问题）、最近发生过心脏病发作、严重的心律问题、心脏周围大量积液或严重的' +
        '心脏炎症，或需要用药物维持血压。',
    },
    E5: { text: '筛选时患有活动性结核。', summary: '活动性结核病（TB）。' },
    E6: {
      text: '筛选时存在需要全身治疗的活动性感染或未控制的感染。',
      summary: '筛选时有需要口服或静脉输液治疗的感染。',
    },
    E7: {
      text: '筛选前3个月内接受过实体器官移植或造血干细胞移植，或筛选前2周内出现2级或以上的急性移植物抗宿主病（GVHD）。',
      summary: '最近做过移植，或最近发生过移植反应。',
    },
    E8: {
      text:
        '乙型肝炎：乙型肝炎表面抗原（HBsAg）或乙型肝炎核心抗体（HBcAb）阳性，并且（无论哪一项阳性）血液中乙型肝炎病毒（HBV）DNA' +
        '高于正常范围；丙型肝炎：丙型肝炎病毒（HCV）抗体阳性，并且HCV RNA高于正常范围；人类免疫缺陷病毒（HIV）抗体阳性；' +
        '或梅毒螺旋体（梅毒）抗体阳性。',
      summary: '活动性乙肝（乙型肝炎）或丙肝（丙型肝炎）、HIV感染，或梅毒检测阳性。',
    },
    E9: { text: '筛选前4周内接种过活疫苗。', summary: '最近4周内接种过活疫苗。' },
    E10: { text: '血妊娠试验阳性。', summary: '正在怀孕。' },
    E11: {
      text: '筛选前已知患有恶性疾病，如肿瘤。',
      summary: '现在或过去患有癌症。',
    },
    E12: {
      text: '入组前3个月内参加过其他干预性临床试验。',
      summary: '加入本研究前的3个月内参加过另一项干预性临床试验（即给予某种治疗或检查的试验）。',
    },
    E13: {
      text: '研究者认为不适合参加本研究的任何其他情况。',
      summary: '研究医生始终可以决定这项研究不适合某个孩子。',
    },
  },
  /** 各项事实的简短临床名称，用于判定说明和摘要。 */
  factLabel: {
    age_years: '年龄',
    childbearing_potential: '育龄期',
    ssc_classification_met: '符合2013年ACR/EULAR分类标准',
    autoantibody_positive: 'ANA或系统性硬化病特异性抗体阳性',
    mrss: 'mRSS',
    max_glucocorticoid_mg_per_kg_day: '最高糖皮质激素剂量',
    cyclophosphamide_received: '用过环磷酰胺',
    other_immunomodulators: '其他免疫调节剂',
    months_without_remission: '未获得明显缓解的月数',
    rapid_progression_refractory: '常规治疗下疾病仍迅速进展',
    lvef_pct: 'LVEF',
    ecg_normal: '心电图无明显异常',
    egfr: 'eGFR',
    ast_x_uln: 'AST',
    alt_x_uln: 'ALT',
    bilirubin_x_uln: '总胆红素',
    spo2_pct: 'SpO2',
    dlco_pct_pred: 'DLCO',
    fvc_pct_pred: 'FVC',
    urine_pregnancy_negative: '尿妊娠试验阴性',
    contraception_agreed: '同意采取有效的避孕措施',
    consent_willing: '愿意签署知情同意书',
    mpap_mmhg: '肺动脉平均压',
    severe_pulmonary_hypertension: '重度肺高血压',
    other_severe_organ_involvement: '其他严重的主要器官受累',
    prior_car_t: '既往接受过CAR-T治疗',
    active_cns_disease: '活动性中枢神经系统疾病',
    congenital_heart_disease: '先天性心脏病',
    recent_myocardial_infarction: '6个月内发生过心肌梗死',
    severe_arrhythmia: '严重心律失常',
    pericardial_or_myocardial_disease: '大量心包积液或严重心肌炎',
    vasoactive_support: '需要血管活性药物',
    active_tuberculosis: '活动性结核',
    active_infection: '活动性或未控制的感染',
    transplant_within_3_months: '3个月内接受过移植',
    acute_gvhd_grade2_within_2_weeks: '2周内出现2级或以上急性GVHD',
    hbsag_positive: 'HBsAg阳性',
    hbcab_positive: 'HBcAb阳性',
    hbv_dna_above_normal: 'HBV DNA高于正常',
    hcv_ab_positive: 'HCV抗体阳性',
    hcv_rna_above_normal: 'HCV RNA高于正常',
    hiv_ab_positive: 'HIV抗体阳性',
    treponema_ab_positive: '梅毒螺旋体抗体阳性',
    live_vaccine_within_4_weeks: '4周内接种过活疫苗',
    blood_pregnancy_positive: '血妊娠试验阳性',
    known_malignancy: '已知恶性疾病',
    other_trial_within_3_months: '3个月内参加过其他干预性临床试验',
  },
  immunomodulator: {
    antimalarial: '抗疟药',
    azathioprine: '硫唑嘌呤',
    mycophenolate: '麦考酚酸类药物（如吗替麦考酚酯）',
    methotrexate: '甲氨蝶呤',
    leflunomide: '来氟米特',
    tacrolimus: '他克莫司',
    cyclosporine: '环孢素',
    rituximab: '利妥昔单抗',
    belimumab: '贝利尤单抗',
    telitacicept: '泰它西普',
    other_biologic: '其他生物制剂',
    other_immunomodulator: '其他免疫调节剂（未列出）',
  },
  /** 列表各项之间。 */
  separator: '、',
  /** 列表最后一项之前：“I1、I4和E8”。 */
  and: '和',
  /** 单位，按代码：{n} 是数值。 */
  units: {
    years: '{n}岁',
    points: '{n}分',
    mg_per_kg_day: '{n} mg/kg/day',
    months: '{n}个月',
    percent: '{n}%',
    ml_min_173: '{n} mL/min/1.73 m²',
    x_uln: '{n} × ULN',
    percent_predicted: '预计值的{n}%',
    mmhg: '{n} mmHg',
  },
  /** 判定理由的句子：“mRSS 14分：低于最低要求15分。” */
  explain: {
    ops: {
      '>=': { met: '不低于', unmet: '低于最低要求' },
      '<=': { met: '不高于', unmet: '高于上限' },
      '>': { met: '超过', unmet: '未超过' },
    },
    threshold: '{label} {value}：{op}{limit}。',
    thresholdUnknown: '{label}：尚未回答（要求：{op}{limit}）。',
    answer: '{label}：{answer}。',
    answers: { yes: '是', no: '否', unknown: '尚不清楚' },
    list: '{label}：{items}。',
    listNone: '{label}：都没有用过。',
    listUnknown: '{label}：尚未回答。',
    measuredOutranks: '采用实测的压力值，代替“是/否”的回答。',
    review: {
      I5: '疾病进展迅速且常规治疗无效：由研究者判断获益是否大于风险。',
      E2: '既往接受过CAR-T治疗：由研究者判断能否排除安全性风险。',
    },
  },
};
