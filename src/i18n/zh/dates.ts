/** 简体中文：日期的写法，如“2025年1月30日”（与 Intl 的 zh-CN 相同）。 */
export const dates = {
  template: '{year}年{month}月{day}日',
  months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
};
