/** readWorkbook: every sheet of a workbook → ledger sheets with typed records, the rest listed or skipped. */

import type { ColumnBinding, KindSpec, LedgerKind } from "../ledgers/types";
import type { Profile } from "../profile/types";
import type { Noted } from "../findings";
import { readExplanations } from "./explanations";
import { bindColumns, sheetUnitFactor } from "./headers/bind";
import { headerSearch } from "./headers/header-rows";
import { layoutFor, type KindChoice } from "./headers/match";
import { kindsVocabulary, type KindVocabulary } from "./headers/vocabulary";
import { findSettingsSheet } from "./settings-sheet";
import { kindByHeaders, kindByName, mergedOverrides } from "./kind";
import { sheetMerges } from "./merges";
import { readRecords } from "./records";
import type { GxSettings, ReadResult, ReadSheet } from "./result";
import { parseSettings } from "./settings";
import { namedLikeReport, sheetRole } from "./sheet-role";
import type { SheetData, WorkbookData } from "./types";

export interface ReadOptions {
  kinds: readonly KindSpec[];
  /** The report tabs' names: a sheet named like one is the add-in's, unless an override says otherwise. */
  reportTabs: readonly string[];
  profile: Profile;
  /** Per sheet, a kind or "none" (the CLI's --map, the task pane); wins over the workbook's own `_gx` kinds. */
  overrides?: Record<string, LedgerKind | "none">;
}

/** A sheet as the core can walk it, whatever a port or a fuzzer handed over. */
function safeSheet(s: unknown): SheetData | undefined {
  if (typeof s !== "object" || s === null) return undefined;
  const { name, rows, merges, state } = s as SheetData;
  if (typeof name !== "string") return undefined;
  const sheet: SheetData = { name, rows: Array.isArray(rows) ? rows : [], merges: Array.isArray(merges) ? merges : [] };
  if (state !== undefined) sheet.state = state;
  return sheet;
}

function readSheet(
  sheet: SheetData,
  opts: ReadOptions,
  vocabulary: KindVocabulary,
  settings: GxSettings,
  override: KindSpec | undefined,
  findings: Noted[],
): ReadSheet | undefined {
  const merges = sheetMerges(sheet);
  const mappings = settings.mappings;
  const mapping = mappings && Object.prototype.hasOwnProperty.call(mappings, sheet.name) ? mappings[sheet.name] : undefined;
  const search = headerSearch(sheet, merges, opts.profile.year, mapping ? vocabulary.withMapping(mapping) : vocabulary);
  if (search.layouts.length === 0) return undefined;
  let choice: KindChoice | undefined;
  let source: ReadSheet["kindSource"];
  if (override) {
    choice = layoutFor(override, search, mapping);
    source = "override";
  } else {
    const byName = kindByName(sheet.name, opts.kinds);
    choice = byName && layoutFor(byName, search, mapping);
    source = "name";
    // A name alone is not enough when not one header fits the kind (重点企业说明 holding a note).
    if (!choice || choice.scored.matched === 0) {
      choice = kindByHeaders(search, opts.kinds, mapping);
      source = "headers";
    }
  }
  if (!choice) return undefined;
  const { layout } = choice.scored;
  const sheetFactor = sheetUnitFactor(sheet, layout.row - layout.rows + 1);
  const bound = bindColumns(sheet.name, choice.spec.columns, choice.scored, choice.mapped, sheetFactor, findings);
  const records = readRecords({
    sheet,
    headerRow: layout.row,
    tableCols: layout.cells.map((c) => c.col),
    bound,
    merges,
    profile: opts.profile,
    findings,
  });
  const columns = bound.map((b): ColumnBinding => {
    const binding: ColumnBinding = { key: b.column.key, col: b.col, header: b.header, factor: b.factor, percent: b.percent };
    if (b.mapped) binding.mapped = true;
    return binding;
  });
  return { sheet: sheet.name, kind: choice.spec.kind, kindSource: source, headerRow: layout.row, headerRows: layout.rows, columns, records };
}

/**
 * Reads every sheet: `_gx` gives the settings, 审核说明 the explanations; report tabs (recorded in `_gx` or
 * named like one) are skipped; the others are read as ledgers when a kind fits (override, sheet name, headers)
 * and listed in ignoredSheets when none does. Never throws on odd input.
 */
export function readWorkbook(wb: WorkbookData, opts: ReadOptions): ReadResult {
  const sheets = (Array.isArray(wb?.sheets) ? wb.sheets : []).map(safeSheet).filter((s): s is SheetData => s !== undefined);
  const settingsSheet = findSettingsSheet(sheets);
  const { settings, findings } = parseSettings(settingsSheet);
  const explanations = readExplanations(sheets.find((s) => sheetRole(s.name, []) === "explanations"));
  const overrides = mergedOverrides(settings.kinds, opts.overrides);
  const reports = settings.reports ?? [];
  const vocabulary = kindsVocabulary(opts.kinds);
  const out: ReadSheet[] = [];
  const ignoredSheets: string[] = [];
  for (const sheet of sheets) {
    // A user's sheet named `_gx` (visible, or not holding the add-in's JSON) is read like any other.
    if (sheet === settingsSheet || sheetRole(sheet.name, reports) !== "candidate") continue;
    const wanted = overrides.get(sheet.name);
    if (wanted === "none") {
      ignoredSheets.push(sheet.name);
      continue;
    }
    const override = wanted === undefined ? undefined : opts.kinds.find((k) => k.kind === wanted);
    // A sheet named like a report tab is the add-in's, unless the user says it is a ledger.
    if (!override && namedLikeReport(sheet.name, opts.reportTabs)) continue;
    const read = readSheet(sheet, opts, vocabulary, settings, override, findings);
    if (read) out.push(read);
    else ignoredSheets.push(sheet.name);
  }
  return { sheets: out, ignoredSheets, findings, settings, explanations };
}
