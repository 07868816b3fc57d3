/** 简体中文：网站框架和小页面（页眉、页脚、概况信息、404、术语表）。 */
export const site = {
  siteName: 'CD19 CAR-T治疗儿童系统性硬化病',
  skipLink: '跳到主要内容',
  navLabel: '主导航',
  nav: {
    home: '概况',
    ssc: '系统性硬化病',
    eligibility: '入组资格标准',
    check: '入组资格预筛',
    faq: '常见问题',
    glossary: '术语表',
    contact: '联系研究团队',
  },
  searchLink: '搜索',
  footer: {
    disclaimerHeading: '医疗免责声明',
    disclaimer:
      '本网站提供的是信息，不是医疗建议。只有研究团队才能决定孩子能否参加。在对治疗作出任何决定之前，请先和孩子的医生谈一谈。',
    notHospital: '本网站是独立制作的，介绍一项公开登记的临床试验，不是医院的官方网站。',
    about: '关于本网站',
    lastReviewed: '最近核对：',
    registryRecord: '一切以英文注册记录为准：',
    stop: '。',
  },
  /** 注册记录的链接文字。 */
  registryLink: '{id}（ClinicalTrials.gov）',
  /** 研究概况（概况页）。 */
  facts: {
    registryId: '注册号',
    status: '状态',
    statusValue: '招募中（{date}列表上的状态；现在是否还在招募，请看注册记录）。',
    phase: '分期',
    phaseValue: 'I期、干预性、研究者发起的临床研究',
    whoFor: '研究对象',
    whoForValue: '{min}至{max}周岁、性别不限、患有难治性系统性硬化病的儿童和青少年',
    treatment: '研究的治疗',
    treatmentValue: 'CD19 CAR-T细胞',
    sponsor: '申办方和研究中心',
    sponsorValue: '浙江大学医学院附属儿童医院，中国浙江杭州',
    listed: '列表日期',
    listedNote: '（注册列表上的日期）',
    registryChecked: '与注册记录核对',
    registryCheckedValue: {
      listing: '{date}，依据{listed}的注册列表',
      api: '{date}，依据注册记录',
    },
    whoCanTakePart: '谁可以参加',
    allCriteria: '全部入组资格标准',
  },
  eligibility: {
    inclusionHeading: '入选标准',
    exclusionHeading: '排除标准',
  },
  notFound: {
    title: '找不到页面',
    description: '您要找的页面不在本网站上。请前往概况页，或搜索本网站。',
    help: '如果网址是您自己输入的，请检查是否正确。如果您是通过链接来到这里的，该页面可能已经移动。',
    home: '前往研究概况',
    search: '搜索本网站',
  },
  glossary: { source: '来源：{source}。', aliases: '又称：{aliases}。' },
  /** 从浏览器的离线副本打开的页面，在网站有新版本时显示的一行字。 */
  offline: {
    update: '此页面来自浏览器为离线阅读保存的副本，网站此后已有更新。',
    reload: '重新加载，查看新版本',
  },
};
