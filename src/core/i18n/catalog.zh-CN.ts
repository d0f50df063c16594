/**
 * Chinese messages (the default language): key → template with `{name}` placeholders.
 * Keys are grouped by prefix (`profile.`, later `rule.` …) and sorted within a group;
 * catalog.en-US.ts must have exactly the same keys and placeholders (a test checks it).
 */
export const zhCN = {
  "profile.array.min": "至少需要 {min} 项",
  "profile.code6": "应为 6 位数字代码",
  "profile.cultivationBand": "培育下限 cultivationFloor 不能大于规模以上标准 scaleRevenue（{max}）",
  "profile.duplicate.code": "代码 {code} 重复",
  "profile.duplicate.key": "指标键 {key} 重复",
  "profile.duplicate.name": "名称或别名“{name}”重复",
  "profile.enum": "应为以下之一：{values}",
  "profile.growthBand": "核实下限 growthReviewLow 必须小于核实上限 growthReviewHigh（{max}）",
  "profile.invalid": "值无效",
  "profile.number.above": "应大于 {min}",
  "profile.number.max": "不能大于 {max}",
  "profile.number.min": "不能小于 {min}",
  "profile.range.maxBelow": "区间上限 max 不能小于下限 target（{min}）",
  "profile.range.maxMissing": "区间目标（op 为 range）需要上限 max",
  "profile.ratio.fraction": "比率以小数表示（80% 写作 0.8），应在 0 到 1 之间",
  "profile.required": "缺少此项",
  "profile.string.empty": "不能为空",
  "profile.targetKey": "指标键只能由英文字母、数字和下划线组成，并以字母开头",
  "profile.type.array": "应为列表",
  "profile.type.integer": "应为整数",
  "profile.type.number": "应为数字",
  "profile.type.object": "应为对象",
  "profile.type.string": "应为文本",
};

export type MessageKey = keyof typeof zhCN;
