/** 简体中文：站内搜索（作为数据交给搜索脚本的文字）。 */
export const search = {
  label: '搜索本网站',
  button: '搜索',
  hint: '例如：怀孕、mRSS、副作用',
  noScript: '搜索需要JavaScript。请在浏览器中开启JavaScript，或通过菜单查找页面。',
  loading: '正在搜索…',
  empty: '请输入要搜索的词语或短语。',
  one: '找到1条与“{query}”相关的结果',
  many: '找到{count}条与“{query}”相关的结果',
  none: '没有找到与“{query}”相关的结果。请检查是否有错别字，或换一个词试试。',
  unavailable: '搜索只能在构建后的网站上使用：请运行 npm start',
  failed: '搜索功能暂时无法使用。请通过菜单查找页面。',
  resultsLabel: '搜索结果',
  sectionsLabel: '本页各部分',
};
