import { buildSync } from "esbuild";
import { join } from "path";
import type { Page } from "playwright-core";
import type { CellValue, WorkbookData } from "../../../src/core/read/types";
import type { ApiSets, Area, SheetFixture, WorkbookFixture } from "../../support/simulated-excel";
import type { Lang } from "./browser";

/**
 * The strict simulated Excel host (test/support/simulated-excel) inside the page: bundled by esbuild into a
 * script that runs before the page's own, so that the pane finds `Office` (ready, host Excel) and `Excel` as in
 * Excel on the web. The real office.js must be blocked in such a run: it would replace the stand-in.
 */

const ENTRY = join(__dirname, "../../support/simulated-excel/index.ts");
const GLOBAL = "GxSimExcel";

let bundled: string | null = null;

/** The host as one browser script; esbuild refuses a Node import, so the host stays browser-clean. */
export function hostBundle(): string {
  bundled ??= buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  }).outputFiles[0].text;
  return bundled;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included).
const EPOCH = Date.UTC(1899, 11, 30);

type FixtureValue = NonNullable<SheetFixture["values"]>[number][number];

function fixtureValue(v: CellValue | undefined): { value: FixtureValue; numberFormat?: string } {
  if (v === null || v === undefined) return { value: null };
  if (v instanceof Date) return { value: (v.getTime() - EPOCH) / DAY_MS, numberFormat: "yyyy-mm-dd" };
  if (typeof v === "object") return { value: { error: v.error as "#N/A" } };
  return { value: v };
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** What Excel would hold for a workbook the file port read: values, dates as serials under a date format, merges. */
export function fixtureOf(wb: WorkbookData): WorkbookFixture {
  return {
    name: wb.name,
    sheets: wb.sheets.map((s): SheetFixture => {
      const values: FixtureValue[][] = [];
      const numberFormats: (string | null)[][] = [];
      s.rows.forEach((row, i) => {
        values[i] = [];
        numberFormats[i] = [];
        (row ?? []).forEach((v, j) => {
          const f = fixtureValue(v);
          values[i][j] = f.value;
          numberFormats[i][j] = f.numberFormat ?? null;
        });
      });
      return {
        name: s.name,
        visibility: VISIBILITY[(s.state ?? "visible") as keyof typeof VISIBILITY],
        values: Array.from(values, (r) => r ?? []),
        numberFormats: Array.from(numberFormats, (r) => r ?? []),
        merges: s.merges.map((m): Area => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })),
      };
    }),
  };
}

/** A cell's own look, set before the pane runs: marking and clearing must leave it exactly so. */
export interface OwnLook {
  sheet: string;
  row: number;
  col: number;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** A conditional format of the user's own over the cell. */
  customFormula?: string;
}

/**
 * Installs the host, loaded with `fixture`, before the page's scripts run: `window.__gxHost` is the host, for the
 * test to inspect. Office's display language is `lang`.
 */
export async function installHost(page: Page, fixture: WorkbookFixture, lang: Lang, looks: readonly OwnLook[], apiSets?: ApiSets): Promise<void> {
  const setup = `
    (() => {
      const sim = ${GLOBAL};
      const host = sim.createExcelHost(${JSON.stringify(fixture)}, ${JSON.stringify(apiSets ?? null)} ?? undefined);
      for (const look of ${JSON.stringify(looks)}) {
        const sheet = host.sheet(look.sheet);
        const cell = sim.touch(sheet, look.row, look.col);
        if (look.fill) cell.fill = look.fill;
        if (look.fontColor) cell.fontColor = look.fontColor;
        if (look.bold) cell.bold = true;
        if (look.customFormula) {
          const area = { top: look.row, left: look.col, bottom: look.row, right: look.col };
          sheet.conditionalFormats.push({
            id: 900000 + sheet.conditionalFormats.length, type: "Custom", area, areas: [area],
            custom: { formula: look.customFormula, fill: "#DDEBF7", fontColor: "#1F4E78" },
          });
        }
      }
      sim.installExcel(window, host);
      window.Office.context.displayLanguage = ${JSON.stringify(lang)};
      window.__gxHost = host;
    })();`;
  await page.addInitScript({ content: `${hostBundle()}\n${setup}` });
}

/** Every cell's formats and every conditional format of the sheets, as plain data to compare. */
export async function formatsSnapshot(page: Page, sheets: readonly string[]): Promise<unknown> {
  // Handed over as one JSON string: Playwright's own serialisation of many small objects is slow.
  const json = await page.evaluate((names) => {
    const host = (window as unknown as { __gxHost: { sheet(n: string): { cells: Map<number, Record<string, unknown>>; conditionalFormats: unknown[] } } }).__gxHost;
    const snapshot = names.map((name) => {
      const sheet = host.sheet(name);
      const cells = [...sheet.cells.entries()]
        .map(([key, cell]) => {
          const { value: _value, formula: _formula, error: _error, ...formats } = cell;
          return [key, formats] as const;
        })
        .sort((a, b) => a[0] - b[0]);
      return { name, cells, conditionalFormats: sheet.conditionalFormats };
    });
    return JSON.stringify(snapshot);
  }, sheets as string[]);
  return JSON.parse(json) as unknown;
}

/** Every cell's value (and formula), to show that marking changed none. */
export async function valuesSnapshot(page: Page, sheets: readonly string[]): Promise<unknown> {
  const json = await page.evaluate((names) => {
    const host = (window as unknown as { __gxHost: { sheet(n: string): { cells: Map<number, { value: unknown; formula?: string }> } } }).__gxHost;
    const snapshot = names.map((name) =>
      [...host.sheet(name).cells.entries()].map(([key, c]) => [key, c.value, c.formula ?? null]).sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    return JSON.stringify(snapshot);
  }, sheets as string[]);
  return JSON.parse(json) as unknown;
}

/** The formulas of the conditional formats over a cell, in priority order. */
export function formatsOver(page: Page, at: { sheet: string; row: number; col: number }): Promise<string[]> {
  return page.evaluate(({ sheet, row, col }) => {
    type Cf = { areas: Area[]; custom?: { formula: string } };
    const host = (window as unknown as { __gxHost: { sheet(n: string): { conditionalFormats: Cf[] } } }).__gxHost;
    return host
      .sheet(sheet)
      .conditionalFormats.filter((cf) => cf.areas.some((a) => a.top <= row && row <= a.bottom && a.left <= col && col <= a.right))
      .map((cf) => cf.custom?.formula ?? "");
  }, at);
}

/** The host's selection: the sheet's name and the selected area. */
export function selection(page: Page): Promise<{ sheet: string; area: Area } | null> {
  return page.evaluate(() => {
    const host = (window as unknown as {
      __gxHost: { state: { selection: { sheetId: number; area: Area } | null; sheets: { id: number; name: string }[] } };
    }).__gxHost;
    const sel = host.state.selection;
    if (!sel) return null;
    const sheet = host.state.sheets.find((s) => s.id === sel.sheetId);
    return { sheet: sheet ? sheet.name : "?", area: sel.area };
  });
}

export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __gxHost: { sheetNames(): string[] } }).__gxHost.sheetNames());
}
