/**
 * Explanations over time (HISTORY.md): an explanation of fewer than 4 characters, or only a stock phrase, still
 * explains its warning but gets the info `explanation.thin`. Noted by the pipeline after explanations apply.
 */

import { defineRule } from "./define";

/** Phrases that say nothing about why (HISTORY.md), compared without spaces and trailing punctuation. */
const STOCK = new Set(["已核实", "无误", "数据无误", "正确", "属实", "已核实修正数据", "无"]);

/** Fewer than 4 characters, or a stock phrase only. */
export function isThin(text: string): boolean {
  const t = text.replace(/\s+/g, "").replace(/[。.！!，,；;]+$/u, "");
  return [...t].length < 4 || STOCK.has(t);
}

export const explanationThin = defineRule({
  id: "explanation.thin",
  severity: "info",
  scope: "workbook",
  params: { rule: "text" },
  words: {
    "zh-CN": {
      name: "说明过简",
      message: "审核说明“{value}”过于简单，未说明原因",
      hint: "说明原因，例如：新增产能投产，营业收入增长较快",
      about: "审核说明少于 4 个字或只是“已核实”“无误”等套话",
    },
    "en-US": {
      name: "Thin explanation",
      message: "The explanation “{value}” says nothing about why",
      hint: "Give the reason, e.g. new capacity came on line and revenue grew fast",
      about: "An explanation of fewer than 4 characters, or only a stock phrase such as 已核实",
    },
  },
});
