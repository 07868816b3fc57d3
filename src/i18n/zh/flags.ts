/**
 * 中文：看起来像另一项数值时，在该题下显示的提示（各范围及来源见 src/criteria/guards.ts）。
 * 第一次需要时才加载。{value} 是填写的数，{low} 和 {high} 是范围。
 */
export const flags = {
  mistakes: {
    resultNotMultiple:
      '{value}倍正常值上限很少见：这像是化验结果本身，而不是正常值上限（ULN）的倍数。请用结果除以报告上印的正常值上限，或用下面的计算器。',
    mgNotPerKg:
      '每天每公斤体重超过{low}毫克，高于儿童口服的常用最高剂量。请确认填的是每公斤体重每天的毫克数（mg/kg/day），而不是总毫克数：下面的计算器可以用剂量和体重算出。静脉冲击治疗的剂量可能更高。',
    shorteningNotEjection:
      '{value}%在短轴缩短率（FS，通常{low}%到{high}%）的范围内，心脏彩超报告把它印在射血分数旁边。请填射血分数（EF），不是FS。',
    fractionNotPercent: '{value}像是小数：请填百分数（0.62就是62%）。',
    pulseNotSaturation: '{value}%作为血氧饱和度非常低：请确认填的是血氧饱和度（SpO2），而不是指夹同时显示的脉率。',
    measuredNotPredicted:
      '占预计值{value}%会非常低：这像是实测值或预计值，而不是百分比。肺功能报告列出实测值、预计值和实测值占预计值的百分比：请填这个百分比。',
    creatinineNotEgfr: 'eGFR为{value}像是以mg/dL为单位的肌酐，而不是eGFR：请用下面的计算器算出eGFR。',
    yearsNotMonths: '请确认单位是月：本试验要求超过{high}个月。如果报告写的是年，请乘以12。',
    longerThanAge: '这个月数比孩子的年龄还长：请核对月数。',
    nominalAge: '这是周岁吗？按虚岁算（出生就算1岁）会多1到2岁。请填周岁。',
  },
  pending: '在您修改或勾选下面的方框之前，这个数值不计入结果。',
  pendingImpossible: '在您修改之前，这个数值不计入结果。',
  confirm: '报告上确实是{value}',
};
