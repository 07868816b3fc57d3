/**
 * 简体中文：打印或分享的内容（A4传单、手机海报、链接预览图、给临床医生的数据文件）。事实只来自
 * src/data/trial.ts 和注册列表：5-18岁、难治性系统性硬化病、I期、CD19 CAR-T、研究者发起、杭州的医院。
 */
export const share = {
  flyerLink: '打印传单或保存海报，介绍这项研究',
  flyer: {
    title: '可分享的传单和海报',
    description:
      '关于试验NCT06792344的一页A4传单（可打印）和手机海报（可保存）：用CD19 CAR-T细胞治疗儿童难治性系统性硬化病的研究。',
    screenIntro: '打印本页，可得到一页A4传单，例如贴在诊室的公告栏上。在手机上，可以保存下面的海报并分享。',
    qrTitle: '打开 {url} 的二维码',
    posterHeading: '手机和微信用的海报',
    posterAlt: '试验{id}的海报：研究对象、研究内容、研究地点、打开本网站的二维码，以及联系方式。',
    longPress: '在手机上长按图片：选择“保存图片”即可保存到手机；选择“识别图中二维码”即可打开本网站。',
  },
  essentials: {
    heading: '一项用CAR-T细胞治疗儿童难治性系统性硬化病的研究',
    whoForHeading: '研究对象',
    whoFor: '{min}至{max}周岁、患有系统性硬化病（SSc）且治疗后没有好转的儿童和青少年。',
    whatHeading: '这是什么研究',
    what: '这是一项CD19 CAR-T细胞的I期临床试验，要看这种治疗是否安全、效果如何。这项研究由医院自己的研究者发起。',
    where: '研究在中国杭州的浙江大学医学院附属儿童医院进行。',
    registryId: '注册号：{id}',
    contactHeading: '怎样联系研究团队',
    contact: '研究团队的联系方式见试验的注册记录（英文）：',
    scan: '扫描二维码，阅读本研究的中文介绍：',
    independent: '本资料来自一个关于该试验的独立信息网站，不是医院自己的网站。只有研究团队才能决定孩子能否参加。',
  },
  preview: {
    tagline: 'I期 · {min}至{max}周岁 · 中国杭州',
    alt: '试验{id}：用CD19 CAR-T细胞治疗儿童难治性系统性硬化病。',
  },
  records: {
    heading: '给临床医生和注册平台',
    /** Between a file's name and what it holds. */
    colon: '：',
    intro: '同样的事实和标准，做成程序可以读取的文件（英文）。',
    ctgov: 'ClinicalTrials.gov API（第2版）格式的研究记录，标准与本站所列相同。',
    fhir: 'FHIR R5 Bundle：研究（ResearchStudy）、申办方，以及作为入组资格Group的标准。',
    criteria: '预筛工具判断时使用的标准本身，附JSON Schema。',
  },
};
