/** The Chinese wording of GX.USCCCHECK (the ledger rules word the same reasons through the i18n catalogue). */

import type { UsccCheck } from "../core";

export function usccProblem(check: UsccCheck): string {
  if (check.ok) return "";
  switch (check.reason) {
    case "number":
      return "代码被存为数字，末几位已丢失，请将单元格设为文本后重新输入";
    case "length":
      return `长度应为18位，实为${check.length}位`;
    case "char":
      return `第${check.position}位“${check.char}”不是代码允许的字符${check.expected === undefined ? "" : `，校验码应为“${check.expected}”`}`;
    case "region-digits":
      return `第3–8位（登记管理机关行政区划码）应为数字，第${check.position}位为“${check.char}”`;
    case "checksum":
      return `校验码应为“${check.expected}”，实为“${check.char}”`;
  }
}
