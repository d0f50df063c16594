/** Ready to print and send (REPORTS.md): the Office.js writer's page setup, against the strict simulated host. */

import { buildReports, layoutReport } from "../../src/core/reports";
import { writeReportTabsExcel } from "../../src/ports/excel/report-writer";
import { cellAt, createExcelHost } from "../support/simulated-excel";
import { CTX, makeCheck } from "../reports/fixtures";
import { ledgerFixture } from "./fixtures";

const layouts = buildReports(makeCheck(), CTX).map(layoutReport);

describe("a report tab written into Excel prints as the bureau sends it", () => {
  const h = createExcelHost(ledgerFixture());
  const written = h.Excel.run((context) => writeReportTabsExcel(context as unknown as Excel.RequestContext, layouts));

  test.each(layouts.map((l) => [l.tab, l] as const))("%s: A4 landscape, one page wide, print titles, footer, no gridlines", async (tab, layout) => {
    await written;
    const page = h.sheet(tab).pageLayout;
    expect(page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 18,
      rightMargin: 18,
      centerHorizontally: true,
      printGridlines: false,
      footers: { leftFooter: "&A", centerFooter: "第 &P 页 共 &N 页" },
    });
    const titles = layout.printTitles;
    expect(page.printTitleRows).toBe(titles ? `$${titles.top}:$${titles.bottom}` : null);
  });

  test("data bars run from 0 to 100 %, not the column's lowest and highest value", async () => {
    await written;
    const bars = layouts.flatMap((l) => h.sheet(l.tab).conditionalFormats.filter((cf) => cf.type === "DataBar"));
    expect(bars.length).toBeGreaterThan(0);
    for (const cf of bars) {
      expect(cf.dataBar).toMatchObject({ lowerBoundRule: { type: "Number", formula: "0" }, upperBoundRule: { type: "Number", formula: "1" } });
    }
  });

  test("long text wraps (问题说明, 修改建议, 对象) and the rows are left to Excel's autofit", async () => {
    await written;
    const ws = h.sheet("校验结果");
    const header = layouts[0].printTitles!.top;
    const message = layouts[0].cells.find((c) => c.row === header && c.value === "问题说明")!.col;
    expect(cellAt(ws, header + 1, message)).toMatchObject({ wrapText: true });
    expect(cellAt(ws, header + 1, 1)?.wrapText).toBeFalsy();
    expect(ws.rowHeights.size).toBe(0);
  });

  test("units end the headers and the sign-off line closes the tab", async () => {
    await written;
    const ws = h.sheet("县区汇总");
    const values = [...ws.cells.values()].map((c) => c.value);
    expect(values).toContain("项目总投资（万元）");
    expect(values).toContain("重点企业（家）");
    expect(values).toContain("三个一批完成率（%）");
    expect(values.some((v) => typeof v === "string" && v.startsWith("单位负责人：") && v.includes("报出日期：2022年11月5日"))).toBe(true);
  });
});
