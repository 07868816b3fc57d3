/** 简体中文：预筛问题旁的计算器（打开某个计算器时随之加载）。 */
export const calculators = {
  use: '使用这个数值',
  used: '已填入：{value}。您仍然可以修改。',
  /** “使用这个数值”要替换另一个回答之前先问；{old}是现在的回答。 */
  replaces: '这会把您的回答“{old}”改成“{value}”。',
  replaceYes: '改成这个数值',
  replaceNo: '保留我的回答',
  /** 复制和打印的摘要里，计算器各项输入之间的分隔。 */
  gap: '；',
  source: '来源：',
  /** 各项结果的计算方法，显示在来源旁。 */
  formulas: {
    uln: '检测结果÷该实验室自己的正常值上限。',
    dose: '换算成泼尼松的每天剂量（mg）÷体重（kg）；等效剂量：{equivalents}。泼尼松龙片美国说明书；Liu D et al., Allergy Asthma Clin Immunol 2013;9:30。',
    schwartz: '0.413×身高（cm）÷肌酐（mg/dL；µmol/L先÷88.4）。',
    ckid: 'K×身高（m）÷肌酐（mg/dL；µmol/L先÷88.4），K值按性别和年龄确定。',
  },
  /** 计算器无法给出结果时应输入什么，按问题代码（src/calculators）。 */
  problems: {
    height: '请输入以厘米为单位的身高，须大于0',
    creatinine: '请输入肌酐数值，须大于0',
    unit: '请选择化验单上肌酐的单位',
    creatinineUnit: '请先核对上面的肌酐单位',
    schwartzAge: '床旁Schwartz公式是在{min}到{max}岁的人群中推导出来的：这个年龄请使用CKiD U25',
    sex: '请选择性别，CKiD U25需要用到',
    age: '请输入以周岁为单位的年龄，CKiD U25需要用到',
    ckidAge: 'CKiD U25适用于{min}到{max}岁',
    value: '请输入检测结果数值，须为0或以上',
    uln: '请输入该实验室的正常值上限，须大于0',
    dose: '请输入以mg为单位的每日剂量，须为0或以上',
    weight: '请输入以kg为单位的体重，须大于0',
    drug: '请选择用的是哪一种糖皮质激素',
  },
  /** {value}是带单位的数值，写法与标准相同（criteria.units）。 */
  result: '结果：{value}',
  value: '实验室检测结果',
  uln: '该项检测的正常值上限（来自同一实验室）',
  drug: '用的是哪一种糖皮质激素？',
  /** 选项；单选按钮的value是键名（自动化约定）。 */
  drugs: {
    prednisone: '泼尼松（强的松）',
    prednisolone: '泼尼松龙',
    methylprednisolone: '甲泼尼龙（甲强龙）',
    hydrocortisone: '氢化可的松',
    dexamethasone: '地塞米松',
  },
  drugDose: '{drug}{mg} mg',
  doseEquivalent: '{drug}{dose} mg相当于泼尼松{prednisone} mg。',
  doseMg: '这种药的最高每日剂量，mg',
  weightKg: '体重，kg',
  heightCm: '身高，cm',
  creatinine: '血清肌酐',
  unit: '肌酐的单位（以化验单上印的为准）',
  /** 计算器一开始选中的单位：国内化验单的肌酐用µmol/L。 */
  creatinineDefault: 'µmol/L',
  unitCheck:
    '{value} {unit}对孩子来说很少见（孩子的肌酐约{umolLow}到{umolHigh} µmol/L，即{mgLow}到{mgHigh} mg/dL），很可能是以{likely}为单位。请核对化验单上的单位，在上面选择。',
  unitConfirm: '已核对：化验单上就是{value} {unit}',
  sex: '性别（CKiD U25需要）',
  male: '男',
  female: '女',
  ageYears: '年龄（周岁），可以有小数（CKiD U25需要）',
  schwartz: '床旁Schwartz公式（Bedside Schwartz）',
  ckid: 'CKiD U25',
  schwartzAbout: 'Schwartz是公式第一作者的姓。这是2009年的床旁简化公式，只用身高和肌酐。',
  ckidAbout:
    'CKiD即“儿童慢性肾脏病研究”，U25即25岁以下：2021年的公式，适用于{min}到{max}岁，用身高、肌酐、性别和年龄。',
  /** 两个eGFR结果下方；{limit}是标准I6的限值（30）。 */
  egfrWhich: '注册记录没有指定公式：如果两个结果一个低于{limit}、一个不低于{limit}（标准I6），由研究团队决定。',
  egfrSplit:
    '两个结果一个低于{limit}、一个不低于{limit}：eGFR这一题请先不填，把两个结果都交给研究团队（“复制摘要”里会列出）。',
  enterNumbers: '在上面输入数值，即可看到结果。',
  acrSufficient: '双手手指皮肤增厚并延伸至掌指关节（MCP）近端（{weight}分，仅此一项即已足够）',
  acrTotal: '总分：{total}，不计充分条件项时最高可得{max}分。{met}',
  acrMet: '达到{threshold}分：归类为系统性硬化病。',
  acrNotMet: '低于{threshold}分：不归类为系统性硬化病。',
  /** 还有项目没选、已选项目又不到{threshold}分时：尚无结论。 */
  acrOpen: '已选项目合计{total}分，未选的项目最多还能加{possible}分。每一项都选了答案才能得出结论。',
  acrCaveat: '不适用于手指未受累的皮肤增厚，也不适用于能用硬皮病样疾病更好地解释临床表现的情况。',
  acrItems: {
    fingers: '手指皮肤增厚（只计分值较高的一项）',
    tips: '指尖病变（只计分值较高的一项）',
    telangiectasia: '毛细血管扩张',
    capillaries: '甲襞毛细血管异常',
    lung: '动脉性肺动脉高压和/或间质性肺疾病',
    raynaud: '雷诺现象',
    antibodies: '系统性硬化病相关自身抗体（抗着丝点蛋白抗体、抗拓扑异构酶I抗体（抗Scl-70抗体）、抗RNA聚合酶III抗体）',
  },
  /** 选项及其分值：“手指肿胀（2分）”。 */
  acrOption: '{label}（{weight}分）',
  acrOptions: {
    none: '无',
    puffy: '手指肿胀',
    sclerodactyly: '指端硬化（MCP关节远端、PIP关节近端）',
    ulcers: '指尖溃疡',
    pitting: '指尖凹陷性瘢痕',
    no: '否',
    yes: '是',
  },
  mrssScale: '0＝正常；1＝轻度增厚（皮肤在两指之间容易捏起皱褶）；2＝中度；3＝重度（无法捏起）。',
  mrssCaution:
    '请填医生记录的分数，预筛只把它和试验要求比较。一项研究中{age}岁及以下健康儿童的mRSS平均为{mean}（范围{low}到{high}），这不是患儿的正常范围。',
  mrssTotal: '总分：{total}（满分{max}）',
  /** 尚未评分的部位（每个部位的第一个选项）。 */
  unscored: '–',
  mrssPartial: '已评分{scored}个部位，共{areas}个；全部评分后显示总分。',
  area: '部位',
  right: '右',
  left: '左',
  areas: {
    face: '面部',
    chest: '前胸',
    abdomen: '腹部',
    fingers: '手指',
    hands: '手背',
    forearms: '前臂',
    upperArms: '上臂',
    thighs: '大腿',
    lowerLegs: '小腿',
    feet: '足背',
  },
};
