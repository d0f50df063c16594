/**
 * The workbook's settings in the very hidden `_gx` sheet: JSON split over the cells of column A (Excel holds at
 * most 32,767 characters in a cell). A `_gx` that cannot be read is reported and ignored, never fatal.
 */

import { isLedgerKind } from "../ledgers";
import { jsonDepth, LIMITS } from "../limits";
import type { LedgerKind } from "../ledgers/types";
import type { Noted } from "../findings";
import { finding } from "./findings";
import type { GxSettings } from "./result";
import { cellAt, cellText, isBlankCell } from "./text";
import type { SheetData } from "./types";

/** Chunk size for column A, below Excel's cell limit. */
export const SETTINGS_CHUNK = 30000;

const POISON = new Set(["__proto__", "constructor", "prototype"]);

function isKindOrNone(v: unknown): v is LedgerKind | "none" {
  return typeof v === "string" && (v === "none" || isLedgerKind(v));
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A record of `valid` entries; the names of the dropped entries go to `bad`. */
function entries<T>(v: unknown, field: string, valid: (x: unknown) => x is T, bad: string[]): Record<string, T> | undefined {
  if (!isPlainObject(v)) {
    bad.push(field);
    return undefined;
  }
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(v)) {
    if (valid(x)) out[k] = x;
    else bad.push(`${field}.${k}`);
  }
  return out;
}

function isStringMap(v: unknown): v is Record<string, string> {
  return isPlainObject(v) && Object.values(v).every((x) => typeof x === "string");
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function shape(parsed: unknown, bad: string[]): GxSettings {
  if (!isPlainObject(parsed)) {
    bad.push("(root)");
    return {};
  }
  const settings: GxSettings = {};
  if (parsed.profile !== undefined) settings.profile = parsed.profile;
  if (parsed.kinds !== undefined) {
    const kinds = entries(parsed.kinds, "kinds", isKindOrNone, bad);
    if (kinds) settings.kinds = kinds;
  }
  if (parsed.mappings !== undefined) {
    const mappings = entries(parsed.mappings, "mappings", isStringMap, bad);
    if (mappings) settings.mappings = mappings;
  }
  if (parsed.reports !== undefined) {
    if (Array.isArray(parsed.reports)) settings.reports = parsed.reports.filter((x): x is string => typeof x === "string");
    if (!Array.isArray(parsed.reports) || settings.reports?.length !== parsed.reports.length) bad.push("reports");
  }
  if (parsed.marks !== undefined) {
    const marks = entries(parsed.marks, "marks", isStringList, bad);
    if (marks) settings.marks = marks;
  }
  if (parsed.previousFile !== undefined) {
    if (typeof parsed.previousFile === "string") settings.previousFile = parsed.previousFile;
    else bad.push("previousFile");
  }
  return settings;
}

/** Column A of `_gx` joined in row order. */
function settingsText(sheet: SheetData): string {
  const parts: string[] = [];
  for (const row of Array.isArray(sheet.rows) ? sheet.rows : []) {
    const v = cellAt(row, 1);
    if (!isBlankCell(v)) parts.push(cellText(v));
  }
  return parts.join("");
}

/**
 * Settings from the `_gx` sheet (none: empty settings). Invalid JSON → `settings.invalid` and empty settings;
 * entries of the wrong shape are dropped and named in one `settings.invalid` (variant `shape`). Keys that could
 * reach an object's prototype are dropped while parsing.
 */
export function parseSettings(sheet?: SheetData): { settings: GxSettings; findings: Noted[] } {
  if (!sheet) return { settings: {}, findings: [] };
  const text = settingsText(sheet);
  if (text.trim() === "") return { settings: {}, findings: [] };
  // A forged `_gx` may be huge or nested past any stack: refused before parsing, as invalid settings.
  if (text.length > LIMITS.jsonBytes || jsonDepth(text) > LIMITS.jsonDepth) {
    return { settings: {}, findings: [finding("settings.invalid", { params: { error: `> ${LIMITS.jsonBytes / (1024 * 1024)} MB / ${LIMITS.jsonDepth}` } })] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => (POISON.has(key) ? undefined : value));
  } catch (e) {
    const error = e instanceof Error ? e.message.slice(0, 200) : "JSON";
    return { settings: {}, findings: [finding("settings.invalid", { params: { error } })] };
  }
  const bad: string[] = [];
  const settings = shape(parsed, bad);
  const findings = bad.length === 0 ? [] : [finding("settings.invalid", { variant: "shape", params: { field: bad.join(", ") } })];
  return { settings, findings };
}

/** The settings as column A cells of `_gx`: JSON cut into chunks, never inside a surrogate pair. */
export function settingsToCells(settings: GxSettings): string[] {
  const json = JSON.stringify(settings);
  const out: string[] = [];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(i + SETTINGS_CHUNK, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(json.slice(i, end));
    i = end;
  }
  return out;
}
