/** Report cells fit Excel (issue 19, class 5): never over 32,767 characters, cut with "…" where longer. */
import fc from "fast-check";
import { LIMITS } from "../../src/core/limits";
import { fitCell, layoutReport } from "../../src/core/reports/layout";
import type { ReportModel } from "../../src/core/reports/model";

test("a message quoting two 30,000-character names is cut to 32,767 characters, ending in …", () => {
  const long = `企业“${"名".repeat(30000)}”与“${"称".repeat(30000)}”重复`;
  const model: ReportModel = {
    tab: "校验结果",
    title: long,
    subtitle: "工作簿：x.xlsx",
    signOff: "",
    sections: [{ columns: [{ header: "说明", format: "text" }], rows: [[long], ["短"]] }],
    charts: [],
  };
  const cells = layoutReport(model).cells;
  for (const c of cells) if (typeof c.value === "string") expect(c.value.length).toBeLessThanOrEqual(LIMITS.cellChars);
  const cut = cells.filter((c) => typeof c.value === "string" && c.value.endsWith("…"));
  expect(cut.length).toBe(2);
  expect(cells.some((c) => c.value === "短")).toBe(true);
});

test("fitCell: at most 32,767 characters, a prefix of the text, never a lone surrogate at the cut", () => {
  fc.assert(
    fc.property(fc.integer({ min: 32000, max: 33500 }), fc.constantFrom("a", "𠀀", "名"), (n, ch) => {
      const s = ch.repeat(Math.ceil(n / ch.length)).slice(0, n);
      const out = fitCell(s) as string;
      expect(out.length).toBeLessThanOrEqual(LIMITS.cellChars);
      if (s.length <= LIMITS.cellChars) expect(out).toBe(s);
      else expect(s.startsWith(out.slice(0, -1)) && !/[\ud800-\udbff]$/.test(out.slice(0, -1))).toBe(true);
    }),
    { numRuns: 50 },
  );
});
