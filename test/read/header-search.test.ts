/**
 * The header search passes over cells that cannot name a column (most of a sheet's first rows are data). It must
 * choose what the plain search chooses, which scores every candidate layout with all its cells (headerLayouts, as
 * the task pane lists a sheet's headers): the same layout, the same cells, the same column for each cell, for every
 * kind, with or without the user's mappings. normaliseHeader and unitOnly as they were before their shortcuts are
 * kept in test/support/header-search-oracle.
 */
import fc from "fast-check";
import { KINDS } from "../../src/core/ledgers";
import type { KindSpec } from "../../src/core/ledgers/types";
import { headerLayouts, headerSearch, type HeaderLayout } from "../../src/core/read/headers/header-rows";
import { normaliseHeader, unitOnly } from "../../src/core/read/headers/header-text";
import { layoutFor, type KindChoice } from "../../src/core/read/headers/match";
import { kindsVocabulary, mayMatchJoin } from "../../src/core/read/headers/vocabulary";
import { sheetMerges } from "../../src/core/read/merges";
import type { CellValue, Merge, SheetData } from "../../src/core/read/types";
import { normaliseHeader as plainNormalise, unitOnly as plainUnitOnly } from "../support/header-search-oracle/header-text";

/** The plain search: every candidate with all its cells. */
const plainLayouts = headerLayouts;
function plainLayoutFor(spec: KindSpec, layouts: HeaderLayout[], mapping: Record<string, string> | undefined): KindChoice | undefined {
  return layoutFor(spec, { layouts, full: (l) => l }, mapping);
}

/** A kind of no ledger: keys holding `·` after a required mark, a Σ, a full-width letter, a unit. */
const ODD_KIND: KindSpec = {
  ...KINDS[0],
  columns: [
    { key: "name", header: "名称·本期", aliases: ["ΑΣ·Β", "甲*·乙", "ｘ·y", "收入(%)·本年"], type: "text", required: true },
    { key: "note", header: "附注", aliases: [], patterns: [/^备\d*注$/], type: "text" },
  ],
};
/** Its patterns may match a joined header: then any parent may join. */
const JOIN_KIND: KindSpec = { ...KINDS[0], columns: [{ key: "plan", header: "计划", aliases: [], patterns: [/^\d+·\d+$/, /^备.*注$/], type: "number" }] };
/** The kinds searched at once: the ledgers' (no pattern matches a joined header) and odd ones. */
const KIND_SETS = [KINDS, [...KINDS, ODD_KIND], [...KINDS, ODD_KIND, JOIN_KIND]];

/** Parent over child that name a column when joined (or the child alone), and look-alikes. */
const PAIRS: [string, string][] = [
  ["营业收入（万元）", "本年"], ["营业收入", "上年同期"], ["利润总额", "去年同期"], ["累计完成投资", "本年"], ["投资情况（亿元）", "总投资"],
  ["营业收入", "2022年"], ["营业收入", "2021年"], ["名称", "本期"], ["ΑΣ", "Β"], ["甲*", "乙"], ["甲", "乙"], ["ｘ", "y"], ["收入(%)", "本年"],
  ["收入", "本年"], ["备", "注"], ["3", "5"],
];
const HEADERS = [...new Set(KINDS.flatMap((k) => k.columns.flatMap((c) => [c.header, ...c.aliases])))];
const PARENTS = [...new Set(PAIRS.map(([parent]) => parent))];
const CHILDREN = [...new Set([...PAIRS.map(([, child]) => child), "上年", "前年", "年度计划投资"])];
const UNITS = ["万元", "（万元）", "(%)", "%", "(家)", "亿元", "单位：万元", "（吨标准煤）", "()"];
const PATTERNED = ["1-10月营业收入", "2022年1-9月完成投资", "1至10月累计利润总额", "2022年营业收入", "2021年营业收入", "备 注", "3·5", "3.5"];
const ODD = ["*企业名称", "企业名称*", "※序号", "Σ", "ΑΣ", "企业 名称", "企业•名称", "ＡＢ", "序号（", "a·", "·b", "（万元", "[元]", "2022年", "2022年12月"];

const header = fc.oneof(fc.constantFrom(...HEADERS), fc.constantFrom(...PARENTS), fc.constantFrom(...CHILDREN), fc.constantFrom(...UNITS), fc.constantFrom(...PATTERNED), fc.constantFrom(...ODD));
const data: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -5, max: 30000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom("张家口市草原兴远皮毛制品有限公司", "91130702MA000087ET", "桥东区", "是", "否", "2022年12月", "24.78%", "-10.46%", "改工艺"),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: fc.constantFrom(..."营业收入·•*Σ （）()万元%年20Ａa\u200b"), maxLength: 6 }),
  fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)) }),
  fc.boolean(),
  fc.constantFrom<CellValue>(new Date(Number.NaN), { error: "#N/A" }, { error: "" }, "\u200b", "  "),
  fc.constant(null),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof({ weight: 2, arbitrary: header }, { weight: 3, arbitrary: data }, { weight: 1, arbitrary: fc.constant(null) });

const WIDTH = 7;
const grid = fc.record({
  rows: fc.array(fc.array(cell, { maxLength: WIDTH }), { maxLength: 18 }),
  merges: fc.array(
    fc.record({ top: fc.integer({ min: 1, max: 17 }), left: fc.integer({ min: 1, max: WIDTH }), down: fc.integer({ min: 0, max: 2 }), across: fc.integer({ min: 0, max: 3 }) }),
    { maxLength: 5 },
  ),
  year: fc.constantFrom(2022, undefined),
  mapping: fc.option(fc.dictionary(fc.constantFrom("name", "revenue", "note", "plan", "uscc", "region"), fc.oneof(header, fc.string({ maxLength: 4 }))), { nil: undefined }),
});

function sheetOf(g: { rows: CellValue[][]; merges: { top: number; left: number; down: number; across: number }[] }): SheetData {
  const merges: Merge[] = g.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.down, right: m.left + m.across }));
  return { name: "台账", rows: g.rows, merges };
}

/** What a choice says a user would notice: the header rows, every cell as displayed and the column it names. */
function seen(c: KindChoice | undefined): unknown {
  if (!c) return undefined;
  const { layout, matches, score, matched, requiredMatched } = c.scored;
  return {
    layout: { row: layout.row, rows: layout.rows, unitsRow: layout.unitsRow ?? false },
    cells: layout.cells,
    matches: matches.map((m) => ({ display: m.cell.display, column: m.column?.key, info: m.info })),
    score,
    matched,
    requiredMatched,
  };
}

/**
 * Every candidate, not only the winner, scores the same for every kind with only the cells the search kept as with
 * all its cells (scored the plain way, each candidate alone).
 */
function expectSameScores(kept: HeaderLayout[], plain: HeaderLayout[], kinds: readonly KindSpec[], mapping: Record<string, string> | undefined): void {
  expect(kept).toHaveLength(plain.length);
  for (const spec of kinds) {
    const score = (l: HeaderLayout) => plainLayoutFor(spec, [l], mapping)?.scored.score;
    expect(kept.map(score)).toEqual(plain.map(score));
  }
}

describe("the header search passes over data cells and chooses as the plain search did", () => {
  const kindSet = fc.constantFrom(...KIND_SETS.map((kinds) => ({ kinds, vocabulary: kindsVocabulary(kinds) })));

  test("same layout, cells and columns for every kind, for any first rows (fast-check)", () => {
    fc.assert(
      fc.property(grid, kindSet, (g, { kinds, vocabulary }) => {
        const sheet = sheetOf(g);
        const merges = sheetMerges(sheet);
        const plain = plainLayouts(sheet, merges, g.year);
        const search = headerSearch(sheet, merges, g.year, g.mapping ? vocabulary.withMapping(g.mapping) : vocabulary);
        expect(search.layouts.map((l) => [l.row, l.rows, l.unitsRow])).toEqual(plain.map((l) => [l.row, l.rows, l.unitsRow]));
        expectSameScores(search.layouts, plain, kinds, g.mapping);
        for (const spec of kinds) expect(seen(layoutFor(spec, search, g.mapping))).toEqual(seen(plainLayoutFor(spec, plain, g.mapping)));
        // A candidate in full is the plain search's candidate.
        search.layouts.forEach((l, i) => expect(search.full(l)).toEqual(plain[i]));
      }),
      { numRuns: 400 },
    );
  });

  test("a header of one row or two among data rows, parents merged over their children (fast-check)", () => {
    const headerRows = fc.record({
      at: fc.integer({ min: 0, max: 13 }),
      columns: fc.array(
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...PAIRS) },
          { weight: 2, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...PARENTS, ...HEADERS), fc.constant(null)), fc.oneof(fc.constantFrom(...CHILDREN, ...UNITS), data)) },
        ),
        { minLength: 2, maxLength: WIDTH },
      ),
      merged: fc.uniqueArray(fc.integer({ min: 1, max: WIDTH - 1 }), { maxLength: 3 }),
      data: fc.array(fc.array(data, { minLength: WIDTH, maxLength: WIDTH }), { minLength: 16, maxLength: 16 }),
      year: fc.constantFrom(2022, undefined),
    });
    fc.assert(
      fc.property(headerRows, kindSet, ({ at, columns, merged, data: rows, year }, { kinds, vocabulary }) => {
        const upper = columns.map(([parent]) => parent);
        const lower = columns.map(([, child]) => child);
        const all = [...rows.slice(0, at), upper, lower, ...rows.slice(at)];
        const merges = merged.map((left) => ({ top: at + 1, left, bottom: at + 1, right: left + 1 }));
        const sheet: SheetData = { name: "台账", rows: all, merges };
        const valid = sheetMerges(sheet);
        const plain = plainLayouts(sheet, valid, year);
        const search = headerSearch(sheet, valid, year, vocabulary);
        expectSameScores(search.layouts, plain, kinds, undefined);
        for (const spec of kinds) expect(seen(layoutFor(spec, search, undefined))).toEqual(seen(plainLayoutFor(spec, plain, undefined)));
      }),
      { numRuns: 400 },
    );
  });

  test("a sheet of data only: candidates hold no cell, the fallback first row has all of its cells", () => {
    const rows = [[1, "张家口市草原兴远皮毛制品有限公司", "91130702MA000087ET", 35262.57], [2, "桥东博远达德车桥制造有限公司", "91130702MA0003Q6RC", 33659.41]];
    const search = headerSearch({ name: "s", rows, merges: [] }, [], 2022, kindsVocabulary(KINDS));
    expect(search.layouts.map((l) => l.cells.length)).toEqual([0, 0, 0]);
    const choice = layoutFor(KINDS[0], search, undefined);
    expect(choice?.scored.score).toBe(0);
    expect(choice?.scored.layout.cells.map((c) => c.display)).toEqual(["1", "张家口市草原兴远皮毛制品有限公司", "91130702MA000087ET", "35262.57"]);
  });

  test("a mapped header that names nothing else is kept, and wins its column", () => {
    const rows = [["序号", "企业名称", "统一社会信用代码", "所属县区", "今年收入"], [1, "甲", "91130702MA000087ET", "桥东区", 5]];
    const sheet: SheetData = { name: "s", rows, merges: [] };
    const mapping = { revenue: "今年收入" };
    const choice = layoutFor(KINDS[0], headerSearch(sheet, [], 2022, kindsVocabulary(KINDS).withMapping(mapping)), mapping);
    expect(choice?.scored.matches.map((m) => m.column?.key)).toEqual(["seq", "name", "uscc", "region", "revenue"]);
  });
});

describe("reading a text as a header: the quick answers for data are the plain ones", () => {
  const text = fc.oneof(fc.constantFrom(...HEADERS, ...PARENTS, ...CHILDREN, ...UNITS, ...PATTERNED, ...ODD), fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 6 }));

  test("normaliseHeader and unitOnly give what they gave without the shortcuts (fast-check)", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(2022, undefined), (t, year) => {
        expect(normaliseHeader(t, year)).toEqual(plainNormalise(t, year));
        expect(unitOnly(t)).toEqual(plainUnitOnly(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("mayMatchJoin: whether a pattern can match a joined header parent·child", () => {
  test.each([
    [/^(?:20\d\d年)?1[-－—~～至到]\d{1,2}月(?:累计)?(?:营业收入|主营业务收入)$/, false],
    [/^\d+月$/, false],
    [/^[ -~]+$/, false],
    [new RegExp(String.raw`^[\-\/]x$`), false], // escaped punctuation, written so that lint leaves the escapes
    [/^a\.b$/, false],
    [/^备.*注$/, true],
    [/^[^x]$/, true],
    [/^[ -ÿ]$/, true],
    [/^·$/, true],
    [/^\u00b7$/, true],
    [/^\W$/, true],
    [/^a$/i, true],
    [/^\p{L}$/u, true],
    [new RegExp(String.raw`^[\--z]$`), false],
    [new RegExp(String.raw`^[\--ÿ]$`), true],
  ])("%s → %s", (re, may) => {
    expect(mayMatchJoin(re)).toBe(may);
  });

  test("a pattern said not to match a joined header matches no text holding · (fast-check)", () => {
    const cannot = [/^(?:20\d\d年)?1[-－—~～至到]\d{1,2}月(?:累计)?(?:营业收入|主营业务收入)$/, /^\d+月$/, /^[ -~]+$/, new RegExp(String.raw`^[\-\/]x$`)];
    const chars = fc.constantFrom(..."120-月年营业收入累计·ax/ ~");
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 14 }), (s) => {
        for (const re of cannot) if (s.includes("·")) expect(re.test(s)).toBe(false);
      }),
    );
  });
});
