import ExcelJS from "exceljs";
import { KINDS } from "../../../src/core/ledgers";
import { BUILTIN_PROFILE } from "../../../src/core/profile";
import type { Profile } from "../../../src/core/profile/types";
import { parseSettings } from "../../../src/core/read";
import { checkWorkbook } from "../../../src/core/check";
import { openWorkbookFile } from "../../../src/ports/file/browser/browser-port";
import { readXlsx } from "../../../src/ports/file/shared/read";
import { writeSettings } from "../../../src/ports/file/shared/settings";
import { LIST_SHEET, TEMPLATE_ROWS, writeTemplate } from "../../../src/ports/file/shared/template";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
const validationsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === header) return c;
  throw new Error(`no ${header} in ${ws.name}`);
}

describe("the blank standard workbook", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await load(await writeTemplate(BUILTIN_PROFILE));
  });

  test("has one sheet per ledger kind, under its title, with the canonical headers and a frozen header row", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(KINDS.map((k) => k.title));
    for (const spec of KINDS) {
      const ws = wb.getWorksheet(spec.title)!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(spec.columns.map((c) => c.header));
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  test.each(
    KINDS.flatMap((k) =>
      k.columns.filter((c) => c.type === "enum" || c.type === "enumMulti").map((c) => [k.title, c.header, c.values] as const),
    ),
  )("%s: %s offers its values in a drop-down list", (title, header, values) => {
    const ws = wb.getWorksheet(title)!;
    const col = columnOf(ws, header);
    const v = validationsOf(ws)[`${String.fromCharCode(64 + col)}2`];
    expect(v?.type).toBe("list");
    const expected = values === "industries" ? BUILTIN_PROFILE.industries.map((i) => i.name) : (values ?? []).map((x) => x.value);
    expect(v?.formulae[0]).toBe(`"${expected.join(",")}"`);
    // The list covers the rows a ledger fills.
    expect(validationsOf(ws)[`${String.fromCharCode(64 + col)}${TEMPLATE_ROWS + 1}`]).toEqual(v);
  });

  test("所属县区 offers the profile's county names; yes/no columns offer 是/否", () => {
    const ws = wb.getWorksheet("百家重点企业台账")!;
    const region = validationsOf(ws)[`${String.fromCharCode(64 + columnOf(ws, "所属县区"))}2`];
    expect(region?.formulae[0]).toBe(`"${BUILTIN_PROFILE.regions.map((r) => r.name).join(",")}"`);
    const scale = validationsOf(ws)[`${String.fromCharCode(64 + columnOf(ws, "是否规上"))}2`];
    expect(scale?.formulae[0]).toBe('"是,否"');
  });

  test("number formats: money, rates, dates", () => {
    const ws = wb.getWorksheet("百家重点企业台账")!;
    expect(ws.getColumn(columnOf(ws, "本年营业收入")).numFmt).toBe("#,##0.00");
    expect(ws.getColumn(columnOf(ws, "增长率")).numFmt).toBe("0.0%");
    const projects = wb.getWorksheet("百项工业项目库")!;
    expect(projects.getColumn(columnOf(projects, "开工时间")).numFmt).toBe("yyyy-mm-dd");
  });

  test("the targets sheet lists the profile's indicators, rates as percentages, actuals left empty", () => {
    const ws = wb.getWorksheet("目标任务")!;
    const at = (h: string) => columnOf(ws, h);
    BUILTIN_PROFILE.targets.forEach((t, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(at("指标名称")).value).toBe(t.name);
      expect(row.getCell(at("目标值")).value).toBe(t.target);
      expect(row.getCell(at("单位")).value).toBe(t.unit);
      expect(row.getCell(at("实际完成")).value).toBeNull();
      expect(row.getCell(at("截止月份")).value).toBeNull();
      if (t.kind === "growth" || t.kind === "ratio") expect(row.getCell(at("目标值")).numFmt).toBe("0.0%");
    });
  });

  test("checked as it is, it is read as every kind and only asks for what is still to be filled in", async () => {
    const data = await readXlsx(await writeTemplate(BUILTIN_PROFILE), "模板.xlsx");
    const result = checkWorkbook(data, { today: new Date(2022, 9, 15) });
    expect(result.sheets.map((s) => s.kind)).toEqual(KINDS.map((k) => k.kind));
    expect(result.ignoredSheets).toEqual([]);
    // The empty ledgers fall short of their counts, and each indicator's 实际完成 is still blank.
    const actual = columnOf(wb.getWorksheet("目标任务")!, "实际完成");
    for (const f of result.findings) {
      if (f.row === undefined) {
        expect(["ledger.count", "clusters.count", "clusters.head-count"]).toContain(f.rule);
        continue;
      }
      expect(f).toMatchObject({ sheet: "目标任务", col: actual });
      expect(["cell.required", "target.missing-actual"]).toContain(f.rule);
    }
  });
});

test("lists too long to write inline go to a very hidden list sheet, referenced by range", async () => {
  const regions = Array.from({ length: 60 }, (_, i) => ({ code: String(130800 + i), name: `某某自治县第${i}经济技术开发区`, aliases: [] }));
  const profile: Profile = { ...BUILTIN_PROFILE, regions };
  const wb = await load(await writeTemplate(profile));
  const lists = wb.getWorksheet(LIST_SHEET)!;
  expect(lists.state).toBe("veryHidden");
  const ws = wb.getWorksheet("规下企业培育库")!;
  const v = validationsOf(ws)[`${String.fromCharCode(64 + columnOf(ws, "所属县区"))}2`];
  expect(v?.formulae[0]).toMatch(new RegExp(`^'${LIST_SHEET}'!\\$A\\$1:\\$A\\$60$`));
  expect(lists.getColumn(1).values.slice(1)).toEqual(regions.map((r) => r.name));
  // Every sheet shares the one list.
  expect(lists.actualColumnCount).toBe(1);
});

test("a profile given for the template is stored in its _gx settings sheet", async () => {
  const profile: Profile = { ...BUILTIN_PROFILE, period: 6 };
  const data = await readXlsx(await writeTemplate(profile, { settings: { profile } }), "t.xlsx");
  const gx = data.sheets.find((s) => s.name === "_gx");
  expect(gx?.state).toBe("veryHidden");
  expect(parseSettings(gx).settings.profile).toEqual(profile);
});

test("writeSettings replaces an existing _gx sheet and splits long settings over column A", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("台账");
  writeSettings(wb, { kinds: { 台账: "none" } });
  const long = { profile: { ...BUILTIN_PROFILE, cityName: "城".repeat(70000) } };
  writeSettings(wb, long);
  const data = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "s.xlsx");
  const gx = data.sheets.filter((s) => s.name === "_gx");
  expect(gx).toHaveLength(1);
  expect(gx[0].rows.length).toBeGreaterThan(2);
  expect(parseSettings(gx[0]).settings).toEqual(JSON.parse(JSON.stringify(long)));
});

describe("the page's 模板 into an open workbook", () => {
  /** A workbook of the user's with one sheet, given the templates in the standalone page, downloaded. */
  async function inserted(profile: Profile): Promise<{ copy: ExcelJS.Workbook; names: string[] }> {
    const user = new ExcelJS.Workbook();
    user.addWorksheet("百家重点企业台账").getCell("A1").value = "我的表";
    const port = await openWorkbookFile((await user.xlsx.writeBuffer()) as ArrayBuffer, "我的.xlsx");
    const names = await port.insertTemplates(profile, KINDS.map((k) => k.kind));
    const copy = await load(new Uint8Array(await (await port.download()).arrayBuffer()));
    return { copy, names };
  }

  const columns = (ws: ExcelJS.Worksheet) =>
    Array.from({ length: ws.getRow(1).cellCount }, (_, i) => {
      const col = ws.getColumn(i + 1);
      const head = ws.getCell(1, i + 1);
      const fill = head.fill as ExcelJS.FillPattern | undefined;
      // The border as drawn: the edges that have a line, their style and colour (none: automatic).
      const border = Object.entries(head.border ?? {}).filter(([, side]) => side?.style).map(([edge, side]) => [edge, side!.style, side!.color ?? null]);
      return { header: head.value, width: col.width, numFmt: col.numFmt ?? null, bold: head.font?.bold, color: head.font?.color, fill: fill && [fill.pattern, fill.fgColor], wrap: head.alignment?.wrapText, border };
    });
  const rows = (ws: ExcelJS.Worksheet) => {
    const out: unknown[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) row.eachCell((c, col) => out.push([n, col, c.value, c.numFmt]));
    });
    return out;
  };

  test.each([
    ["the built-in profile", BUILTIN_PROFILE],
    ["60 counties (lists in the list sheet)", { ...BUILTIN_PROFILE, regions: Array.from({ length: 60 }, (_, i) => ({ code: String(130800 + i), name: `某某自治县第${i}经济技术开发区`, aliases: [] })) }],
  ])("with %s: the same sheets as `gx-ledger template`, beside the user's, never replacing it", async (_, profile) => {
    const standard = await load(await writeTemplate(profile));
    const { copy, names } = await inserted(profile);
    // The user's sheet keeps its name and value; the template of that title takes a suffix.
    expect(copy.getWorksheet("百家重点企业台账")!.getCell("A1").value).toBe("我的表");
    expect(names[0]).toBe("百家重点企业台账(2)");
    KINDS.forEach((k, i) => {
      const want = standard.getWorksheet(k.title)!;
      const got = copy.getWorksheet(names[i])!;
      expect(columns(got)).toEqual(columns(want));
      expect(got.getRow(1).height).toBe(want.getRow(1).height);
      expect(validationsOf(got)).toEqual(validationsOf(want));
      expect(got.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(rows(got)).toEqual(rows(want));
    });
    const lists = (wb: ExcelJS.Workbook) => {
      const ws = wb.getWorksheet(LIST_SHEET);
      return ws && { state: ws.state, values: ws.getSheetValues() };
    };
    expect(lists(copy)).toEqual(lists(standard));
  });

  test("a second insertion keeps the first one's lists where its validations point", async () => {
    const profile: Profile = { ...BUILTIN_PROFILE, regions: Array.from({ length: 60 }, (_, i) => ({ code: String(130800 + i), name: `某县第${i}经济开发区`, aliases: [] })) };
    const user = new ExcelJS.Workbook();
    user.addWorksheet("数据").getCell("A1").value = 1;
    const port = await openWorkbookFile((await user.xlsx.writeBuffer()) as ArrayBuffer, "我的.xlsx");
    const [first] = await port.insertTemplates(profile, ["key-enterprises"]);
    const [second] = await port.insertTemplates({ ...profile, regions: profile.regions.map((r) => ({ ...r, name: `${r.name}乙` })) }, ["key-enterprises"]);
    const copy = await load(new Uint8Array(await (await port.download()).arrayBuffer()));
    const ref = (name: string) => {
      const ws = copy.getWorksheet(name)!;
      return validationsOf(ws)[`${String.fromCharCode(64 + columnOf(ws, "所属县区"))}2`]?.formulae[0];
    };
    expect([ref(first), ref(second)]).toEqual([`'${LIST_SHEET}'!$A$1:$A$60`, `'${LIST_SHEET}'!$B$1:$B$60`]);
    const lists = copy.getWorksheet(LIST_SHEET)!;
    expect(lists.getCell("A60").value).toBe("某县第59经济开发区");
    expect(lists.getCell("B60").value).toBe("某县第59经济开发区乙");
  });
});
