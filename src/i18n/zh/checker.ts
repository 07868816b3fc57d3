/** 简体中文：预筛的框架、结果和摘要。问题见 ./questions.ts，表单里的其他文字见 ./form.ts。 */
export const checker = {
  loadingCalculator: '正在加载计算器…',
  formLabel: '预筛问题',
  yes: '是',
  no: '否',
  unknown: '不确定',
  errorPrefix: '错误：',
  errorSummary: '出现问题',
  numberError: '请输入{what}，范围为{min}到{max}',
  wholeNumber: '（整数）',
  newQuestion: '新问题：{label}',
  progress: '已回答{answered}/{total}',
  resultHeading: '目前的结果',
  resultsHeading: '逐条标准的结果',
  seeResult: '查看结果',
  /** 手机屏幕底部栏里的结论。 */
  verdictShort: {
    ineligible: '不符合入组条件',
    incomplete: '需要更多信息',
    review: '需由研究团队判断',
    likely_eligible: '可能符合入组条件',
  },
  /** 结论改变时（以不打断的方式）朗读。 */
  verdictNow: '目前的结果：{verdict}。',
  verdict: {
    ineligible: '不符合入组条件',
    incomplete: '需要更多信息',
    review: '需由研究团队判断',
    likely_eligible: '可能符合入组条件——最终由研究团队决定',
  },
  verdictHelp: {
    ineligible:
      '根据这些回答，孩子因标准{criteria}而不能参加（见下方列表）。这只是预筛，不是决定：请对照病历资料核对这些回答，并和孩子的医生讨论其他选择。可以通过注册记录联系研究团队，请他们解答问题。',
    incomplete: '还需要一些回答才能作出判断。下面每个链接都会跳到对应的问题。',
    review:
      '根据这些回答，没有任何一条使孩子不能参加，但标准{criteria}只能由研究团队决定。请通过注册记录联系他们询问。',
    likely_eligible:
      '根据这些回答，孩子可能符合入组条件。只有研究团队在完成自己的检查之后才能决定。请通过注册记录联系他们。',
  },
  nextSteps: '如何联系研究团队',
  registry: '注册记录',
  status: { pass: '符合', fail: '不符合', unknown: '尚不清楚', review: '由研究团队决定' },
  statusExclusion: {
    pass: '无此情况',
    fail: '有此情况：按这些回答可能不能参加',
    unknown: '尚不清楚',
    review: '由研究团队决定',
  },
  missing: '还需要：',
  unmet: { inclusion: '这一途径不符合：', exclusion: '这一项不影响参加：' },
  askFor: '还需要的信息，以及在哪里可以找到',
  colon: '：',
  standingNote:
    '另外，研究者还可以因任何其他原因判断孩子不适合参加。本预筛无法判断这一点，所以上面的结果没有把它算在内。',
  /** 某项信息仍然需要时，显示在该条标准下：什么能确定这一条。 */
  settles: {
    severe_pulmonary_hypertension:
      '能确定这一条的：右心导管测得的肺动脉平均压（mPAP），或孩子的医生说明是否有重度肺高血压；心脏彩超的估测值不能。',
  },
  clear: '清除所有回答',
  clearConfirm: '要清除本页上的所有回答吗？',
  clearYes: '是，全部清除',
  clearNo: '取消',
  cleared: '所有回答已清除。',
  copy: '复制摘要',
  save: '保存回答',
  open: '打开已保存的回答',
  /** 按钮要用的部分无法加载时（网络断了），显示在按钮下方；其他提示见 actions.ts。 */
  notLoaded:
    '这几个按钮暂时用不了：它们需要的内容没能加载，刚才按的按钮没有起作用。请检查网络，再按一次同一个按钮。如果还是不行，请重新加载本页（不会清除已填写的回答）。',
  savedNote: '保存的文件里有孩子的回答，属于健康信息。任何拿到这个文件的人都能看到，请妥善保管。',
  print: '打印',
  printTitle: '试验NCT06792344入组资格预筛',
  printNote: '仅为预筛，不是医疗记录。打印日期：{date}。',
  /** 复制和打印的摘要里，列出各计算器输入内容的标题。 */
  summaryCalculators: '计算器里输入的内容',
  summaryAnswers: '回答',
  summaryLine: '{label}：{text}',
  /** Between two sentences in the copied summary: Chinese sentences follow each other without a space. */
  sentenceGap: '',
  summaryResults: '结果',
  notAsked: '未询问',
  notAnswered: '未回答',
  none: '以上都没有',
  sources: {
    family: '孩子和家人',
    treatmentHistory: '治疗经过',
    rheumatologist: '孩子的风湿免疫科医生',
    bloodTests: '血液检查（eGFR即估算肾小球滤过率，由血肌酐算出）',
    heartUltrasound: '心脏彩超（超声心动图）',
    ecg: '心电图',
    lungFunction: '肺功能检查',
    fingerClip: '指夹式血氧仪（血氧饱和度）',
    heartCatheter: '右心导管检查（仅限做过的）',
    pregnancyTests: '妊娠试验',
    medicalRecords: '孩子的病历',
  },
};
