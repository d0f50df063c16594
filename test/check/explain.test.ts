/**
 * A warning explained after the check keeps everything the check knew: a later crossFile (files checked together)
 * must neither lose the explanations read from the workbook nor the one just given, nor the sheet order.
 */
import { checkWorkbook, crossFile, withExplanation } from "../../src/core/check";
import { uscc } from "../rules/helpers";
import { EXPLANATION_HEADER, KE_HEADER, keRow, sheetData, workbook } from "../rules/workbook";

const TODAY = new Date(2022, 9, 15);
const KE = "百家重点企业台账";
const OTHER = "百家重点企业台账(二)";

/** Row 3 grows 100 % (growth.review) in both sheets; the 审核说明 sheet explains the one of the second sheet. */
function county() {
  return workbook(
    "张北.xlsx",
    sheetData(KE, [KE_HEADER, keRow(1), keRow(2, 5000, 2500)]),
    sheetData(OTHER, [KE_HEADER, keRow(5), keRow(6, 5000, 2500)]),
    sheetData("审核说明", [EXPLANATION_HEADER, [OTHER, uscc(6), "growth.review", "", "新投产线"]]),
  );
}

const reviews = (r: ReturnType<typeof checkWorkbook>) => r.findings.filter((f) => f.rule === "growth.review");

test("an explanation applies at once and survives a later crossFile, with the workbook's own explanations and order", () => {
  const first = checkWorkbook(county(), { today: TODAY });
  const warning = reviews(first).find((f) => f.sheet === KE);
  expect(warning).toMatchObject({ row: 3 });
  expect(warning?.explained).toBeUndefined();
  expect(reviews(first).find((f) => f.sheet === OTHER)).toMatchObject({ explained: true, explanation: "新投产线" });

  const explained = withExplanation(first, { sheet: KE, key: warning?.key ?? "", rule: "growth.review", cell: "H3", text: "扩产" });
  expect(first.findings).not.toBe(explained.findings);
  expect(reviews(first).find((f) => f.sheet === KE)?.explained).toBeUndefined();
  expect(reviews(explained).map((f) => [f.sheet, f.explanation])).toEqual([
    [KE, "扩产"],
    [OTHER, "新投产线"],
  ]);
  expect(explained.summary).toMatchObject({ explained: first.summary.explained + 1 });

  const order = explained.findings.map((f) => `${f.sheet}:${f.row}:${f.rule}`);
  const other = checkWorkbook(workbook("康保.xlsx", sheetData(KE, [KE_HEADER, keRow(1)])), { today: TODAY });
  crossFile([explained, other]);
  expect(reviews(explained).map((f) => [f.sheet, f.explanation])).toEqual([
    [KE, "扩产"],
    [OTHER, "新投产线"],
  ]);
  const cross = explained.findings.filter((f) => f.rule === "xref.cross-file");
  expect(cross).toHaveLength(1);
  expect(explained.findings.filter((f) => f.rule !== "xref.cross-file").map((f) => `${f.sheet}:${f.row}:${f.rule}`)).toEqual(order);
});

test("explaining the same warning again replaces the text, as the 审核说明 sheet does", () => {
  const first = checkWorkbook(county(), { today: TODAY });
  const warning = reviews(first).find((f) => f.sheet === KE);
  const e = { sheet: KE, key: warning?.key ?? "", rule: "growth.review", cell: "H3" };
  const twice = withExplanation(withExplanation(first, { ...e, text: "扩产" }), { ...e, text: "新客户订单" });
  crossFile([twice]);
  expect(reviews(twice).find((f) => f.sheet === KE)?.explanation).toBe("新客户订单");
});
