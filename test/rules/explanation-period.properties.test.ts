/**
 * For every value and text: an entry written (planExplanation) and read back (readExplanations) is the entry that
 * was written, and it still explains the same warning at the same value next period; at another number it does not.
 */

import fc from "fast-check";
import { explanationRows } from "../../src/core/read/explanations";
import type { Explanation } from "../../src/core/read/result";
import type { CellValue, SheetData } from "../../src/core/read/types";
import { stillExplains, valueText } from "../../src/core/rules/explanation-period";
import { planExplanation } from "../../src/core/rules/explanation-write";

/** The sheet after the plan is carried out, as a port would (header, then the entry's cells as text). */
function written(sheet: SheetData | undefined, e: Explanation): SheetData {
  const plan = planExplanation(sheet, e);
  const rows: CellValue[][] = (sheet?.rows ?? []).map((r) => (Array.isArray(r) ? [...r] : []));
  if (plan.shiftDown) rows.unshift([]);
  const put = (row: number, col: number, text: string) => {
    while (rows.length < row) rows.push([]);
    rows[row - 1][col - 1] = text;
  };
  for (const h of plan.header) put(h.row, h.col, h.text);
  for (const c of plan.cells) put(plan.row, c.col, c.text);
  return { name: "审核说明", rows, merges: [] };
}

const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== "" && s === s.trim());
const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), text);
const NOW = { year: 2022, period: 10 };

test("an entry reads back as written, and explains at the same value in a later period", () => {
  fc.assert(
    fc.property(text, value, fc.integer({ min: 1, max: 9 }), fc.boolean(), (t, v, p, older) => {
      const before: SheetData | undefined = older ? { name: "审核说明", rows: [["工作表", "对象", "规则", "单元格", "说明"]], merges: [] } : undefined;
      const e: Explanation = { sheet: "表", key: "K1", rule: "growth.review", text: t, period: p === 1 ? "1月" : `1-${p}月` };
      const shown = valueText(v);
      if (shown !== "") e.value = shown;
      const [back] = explanationRows(written(before, e)).map((r) => r.explanation);
      expect(back).toEqual(e);
      expect(stillExplains(back, v, NOW)).toBe(true);
    }),
  );
});

test("at a number that differs by more than rounding, an entry of an earlier period no longer explains", () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.double({ noNaN: true, min: 1e-6, max: 10 }), (then, change) => {
      const now = then + change * Math.max(1, Math.abs(then));
      const e: Explanation = { sheet: "表", key: "K1", rule: "growth.review", text: "新投产线", period: "1-9月", value: valueText(then) };
      expect(stillExplains(e, now, NOW)).toBe(false);
      expect(stillExplains({ ...e, period: "1-10月" }, now, NOW)).toBe(true);
    }),
  );
});
