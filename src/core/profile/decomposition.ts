/**
 * The city's 任务分解 (`decomposition`) as a statistician keeps it: a table of counties × indicators, in CSV or
 * JSON. Import checks the table (columns, counties, numbers) and then the profile's schema, so every problem
 * names its row and column or its field; export writes every county and indicator, blank where none is set.
 */

import { regionFinder } from "../calc/region";
import { parseNumberText } from "../calc/parse";
import type { MessageKey } from "../i18n/catalog.zh-CN";
import { t } from "../i18n/translate";
import type { MessageParams } from "../i18n/types";
import { mergeProfile } from "./merge";
import type { ProfileIssue } from "./schema";
import { DECOMPOSED_COUNTS, type CountyShare, type DecomposedCount, type Profile, type Target } from "./types";

export type DecompositionResult = { ok: true; decomposition: Record<string, CountyShare> } | { ok: false; issues: ProfileIssue[] };

/** The counts' names where no target of the profile names them (the clusters and their head firms). */
export const COUNT_LABELS: Record<DecomposedCount, string> = {
  keyEnterprises: "重点企业数",
  cultivationLibrary: "培育库企业数",
  decliningEnterprises: "下滑企业数",
  projectLibrary: "工业项目数",
  techReformLibrary: "技改项目数",
  clusters: "产业集群数",
  clusterHeadFirms: "头部企业数",
};

const CODE_HEADER = "县区代码";
const NAME_HEADER = "县区";

interface Column {
  header: string;
  key: string;
  /** A decomposed count (else a target); a target of the same key shares its column. */
  count: boolean;
  rate: boolean;
}

function isRate(target: Target | undefined): boolean {
  return target?.kind === "growth" || target?.kind === "ratio";
}

/** The table's columns after 县区代码 and 县区: every target, then the counts that are no target. */
function columns(profile: Profile): Column[] {
  const counts = new Set<string>(DECOMPOSED_COUNTS);
  const out: Column[] = profile.targets.map((tg) => ({ header: tg.name, key: tg.key, count: counts.has(tg.key), rate: isRate(tg) }));
  for (const key of DECOMPOSED_COUNTS) {
    if (!out.some((c) => c.key === key)) out.push({ header: COUNT_LABELS[key], key, count: true, rate: false });
  }
  return out;
}

function issue(key: MessageKey, params: MessageParams, path = ""): ProfileIssue {
  return { path, key, params, message: t("zh-CN", key, params) };
}

/** The shares, validated against the profile's schema (negative figures, unknown codes and keys are named). */
export function checkDecomposition(profile: Profile, decomposition: unknown): DecompositionResult {
  const merged = mergeProfile({ ...profile, decomposition: {} }, { decomposition });
  if (!merged.ok) return { ok: false, issues: merged.issues };
  return { ok: true, decomposition: merged.profile.decomposition ?? {} };
}

/** `{"decomposition": {...}}` (a profile or a part of one) or the shares alone, as parsed JSON. */
export function parseDecompositionJson(profile: Profile, json: unknown): DecompositionResult {
  const inner = typeof json === "object" && json !== null && "decomposition" in json ? (json as { decomposition: unknown }).decomposition : json;
  return checkDecomposition(profile, inner);
}

export function formatDecompositionJson(profile: Profile): string {
  return JSON.stringify({ decomposition: profile.decomposition ?? {} }, null, 2) + "\n";
}

/** RFC 4180 fields: quotes around a field with a comma, a quote or a line break; "" for a quote inside. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== "," && c !== "\n" && c !== "\r")) {
      field += c;
    } else if (c === ",") {
      endField();
    } else {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A figure as the table shows it: rates as percentages (8%), others as they are. */
function showFigure(v: number, rate: boolean): string {
  return rate ? `${Number((v * 100).toPrecision(12))}%` : String(v);
}

/**
 * The table as CSV (UTF-8 with a byte-order mark, which Excel needs to read Chinese): 县区代码 · 县区 · one
 * column per indicator; one row per county of the profile.
 */
export function formatDecompositionCsv(profile: Profile): string {
  const cols = columns(profile);
  const lines = [[CODE_HEADER, NAME_HEADER, ...cols.map((c) => c.header)]];
  for (const region of profile.regions) {
    const share = profile.decomposition?.[region.code];
    const counts: Partial<Record<string, number>> = share?.counts ?? {};
    const cells = cols.map((c) => {
      const v = c.count ? counts[c.key] ?? share?.targets?.[c.key] : share?.targets?.[c.key];
      return v === undefined ? "" : showFigure(v, c.rate);
    });
    lines.push([region.code, region.name, ...cells]);
  }
  return "\uFEFF" + lines.map((l) => l.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** A 合计 or 全市 row (the city's total beside the counties) is not a county's. */
const TOTAL_ROW = /^(合计|总计|全市|city|total)$/i;

/**
 * The table read back: columns by indicator name, alias or key (or a count's label or key), counties by code
 * or name. Rates may be written 8%, 8 (per cent) or 0.08. Blank cells set nothing.
 */
export function parseDecompositionCsv(profile: Profile, text: string): DecompositionResult {
  const [header, ...body] = csvRows(text.replace(/^\uFEFF/, ""));
  if (header === undefined) return { ok: false, issues: [issue("decomposition.csv.empty", {})] };
  const cols = columns(profile);
  const byHeader = new Map<string, Column>();
  for (const c of cols) {
    const target = profile.targets.find((tg) => tg.key === c.key);
    for (const name of [c.header, c.key, ...(target?.aliases ?? []), ...(c.count ? [COUNT_LABELS[c.key as DecomposedCount]] : [])]) byHeader.set(name, c);
  }
  const issues: ProfileIssue[] = [];
  const heads = header.map((h) => h.trim());
  const codeAt = heads.findIndex((h) => h === CODE_HEADER || h === "代码" || h === "code");
  const nameAt = heads.findIndex((h) => h === NAME_HEADER || h === "县区名称" || h === "name");
  if (codeAt < 0 && nameAt < 0) issues.push(issue("decomposition.csv.no-region", { code: CODE_HEADER, name: NAME_HEADER }));
  const place = heads.map((h, i): Column | null => {
    if (i === codeAt || i === nameAt || h === "") return null;
    const c = byHeader.get(h);
    if (c === undefined) issues.push(issue("decomposition.csv.column", { column: h }));
    return c ?? null;
  });
  const find = regionFinder(profile);
  const out: Record<string, CountyShare> = {};
  body.forEach((cells, i) => {
    const row = i + 2;
    const said = [codeAt, nameAt].map((at) => (at < 0 ? "" : (cells[at] ?? "").trim())).filter((s) => s !== "");
    if (said.length === 0 || said.some((s) => TOTAL_ROW.test(s))) return;
    const region = find(said[0]);
    if (region === null) {
      issues.push(issue("decomposition.csv.region", { row, region: said[0] }));
      return;
    }
    const share: CountyShare = out[region.code] ?? {};
    cells.forEach((cell, j) => {
      const c = place[j];
      const text = cell.trim();
      if (!c || text === "") return;
      const parsed = parseNumberText(text);
      if (parsed === null) {
        issues.push(issue("decomposition.csv.number", { row, column: heads[j], value: text }));
        return;
      }
      // A rate written 8 (per cent, as the targets sheet takes it) rather than 8% or 0.08.
      const v = c.rate && !/%\s*$/.test(text) && Math.abs(parsed) > 1 ? Number((parsed / 100).toPrecision(15)) : parsed;
      if (c.count) share.counts = { ...share.counts, [c.key]: v };
      else share.targets = { ...share.targets, [c.key]: v };
    });
    if (share.counts !== undefined || share.targets !== undefined) out[region.code] = share;
  });
  if (issues.length > 0) return { ok: false, issues };
  return checkDecomposition(profile, out);
}

/** Per indicator: the city's target and the sum of the counties' shares, to set side by side. */
export interface DecompositionTotal {
  key: string;
  name: string;
  /** The city's figure (a target, or the reference for the clusters); undefined when the profile has none. */
  city: number | undefined;
  /** The counties' shares added up, and how many counties have one. */
  counties: number;
  decomposed: number;
}

export function decompositionTotals(profile: Profile): DecompositionTotal[] {
  const reference: Partial<Record<string, number>> = { ...profile.reference };
  return columns(profile).map((c) => {
    const city = profile.targets.find((tg) => tg.key === c.key)?.target ?? reference[c.key];
    let counties = 0;
    let decomposed = 0;
    for (const share of Object.values(profile.decomposition ?? {})) {
      const counts: Partial<Record<string, number>> = share.counts ?? {};
      const v = c.count ? counts[c.key] ?? share.targets?.[c.key] : share.targets?.[c.key];
      if (v === undefined) continue;
      counties += v;
      decomposed++;
    }
    return { key: c.key, name: c.header, city, counties, decomposed };
  });
}
