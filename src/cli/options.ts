import { closeSync, openSync, readSync } from "fs";
import { BUILTIN_PROFILE, type CountyShare, type DecompositionResult, findScope, formatProfileIssue, parseDecompositionCsv, parseDecompositionJson, isLedgerKind, isPeriod, isReportTab, jsonDepth, KINDS, type Lang, type LedgerKind, LIMITS, normaliseLang, overBuiltin, type Profile, REPORT_TABS, t } from "../core";
import { resolve } from "path";
import { optionList, optionString, UsageError, type ParsedArgs } from "./args";
import { writeOutFile } from "./out-file";

/** The options several commands share, turned into values or UsageErrors that name what is wrong. */

const LANG_VALUES = /^(zh|zh-cn|zh-hans|en|en-us|en-gb)$/i;

export function langOf(args: ParsedArgs): Lang {
  const v = optionString(args, "lang");
  if (v === undefined) return "zh-CN";
  if (!LANG_VALUES.test(v)) throw new UsageError("cli.usage.bad-lang", { value: v });
  return normaliseLang(v);
}

/** The language to complain in before the arguments are parsed: a well-formed `--lang` anywhere in argv. */
export function langHint(argv: readonly string[]): Lang {
  let lang: Lang = "zh-CN";
  argv.forEach((a, i) => {
    const v = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? argv[i + 1] : undefined;
    if (v !== undefined && LANG_VALUES.test(v)) lang = normaliseLang(v);
  });
  return lang;
}

export function periodOf(args: ParsedArgs): number | undefined {
  const v = optionString(args, "period");
  if (v === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!isPeriod(n)) throw new UsageError("cli.usage.bad-period", { value: v });
  return n;
}

/**
 * `--scope CODE|NAME`: "city" or a county's code, looked up in the profile of `--profile` (else the built-in
 * one). A name that is no county of it is a usage error listing the known ones.
 */
export function scopeOf(args: ParsedArgs, profile: Profile | undefined): string | undefined {
  const v = optionString(args, "scope");
  if (v === undefined) return undefined;
  const p = profile ?? BUILTIN_PROFILE;
  const code = findScope(p, v);
  if (code === undefined) throw new UsageError("cli.usage.bad-scope", { value: v, known: ["city", ...p.regions.map((r) => `${r.code} ${r.name}`)].join("、") });
  return code;
}

/**
 * `--decomposition FILE.csv|FILE.json`: the city's 任务分解 to judge county workbooks by, checked against the
 * profile of `--profile` (else the built-in one). A broken table is a usage error naming rows, columns or fields.
 */
export function decompositionOf(args: ParsedArgs, cwd: string, profile: Profile | undefined, lang: Lang): Record<string, CountyShare> | undefined {
  const file = optionString(args, "decomposition");
  if (file === undefined) return undefined;
  const p = profile ?? BUILTIN_PROFILE;
  let text: string;
  try {
    text = readCapped(resolve(cwd, file), LIMITS.jsonBytes, file).replace(/^\uFEFF/, "");
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? "cli.usage.decomposition-missing" : "cli.usage.decomposition-read", { file, detail: code ?? String(e) });
  }
  let result: DecompositionResult;
  if (/\.json$/i.test(file)) {
    if (jsonDepth(text) > LIMITS.jsonDepth) throw new UsageError("cli.usage.profile-too-deep", { file, limit: LIMITS.jsonDepth });
    try {
      result = parseDecompositionJson(p, JSON.parse(text));
    } catch (e) {
      throw new UsageError("cli.usage.decomposition-invalid", { file, issues: e instanceof Error ? e.message : String(e) });
    }
  } else {
    result = parseDecompositionCsv(p, text);
  }
  if (!result.ok) throw new UsageError("cli.usage.decomposition-invalid", { file, issues: result.issues.map((i) => formatProfileIssue(i, lang)).join(t(lang, "cli.text.sep")) });
  return result.decomposition;
}

export function formatOf(args: ParsedArgs): "text" | "json" {
  const v = optionString(args, "format") ?? "text";
  if (v !== "text" && v !== "json") throw new UsageError("cli.usage.bad-format", { value: v });
  return v;
}

/** `--map SHEET=KIND`, repeatable; KIND is a ledger kind or `none` (not a ledger). Split at the last `=`. */
export function mapsOf(args: ParsedArgs): Record<string, LedgerKind | "none"> | undefined {
  const list = optionList(args, "map");
  if (list.length === 0) return undefined;
  const out: Record<string, LedgerKind | "none"> = {};
  for (const item of list) {
    const eq = item.lastIndexOf("=");
    const sheet = eq < 0 ? "" : item.slice(0, eq).trim();
    const kind = eq < 0 ? "" : item.slice(eq + 1).trim();
    if (!sheet || !kind) throw new UsageError("cli.usage.bad-map", { value: item });
    // A key that would reach an object's prototype is no sheet a user has; saying so beats ignoring it.
    if (POISON.has(sheet) || sheet.length > LIMITS.sheetName) throw new UsageError("cli.usage.map-sheet", { sheet: sheet.slice(0, 64) });
    if (kind !== "none" && !isLedgerKind(kind)) {
      throw new UsageError("cli.usage.bad-kind", { value: item, kind, kinds: [...KINDS.map((k) => k.kind), "none"].join(", ") });
    }
    out[sheet] = kind;
  }
  return out;
}

/**
 * `--profile P.json`: a whole profile (as `gx-ledger profile` writes it) or overrides of the built-in one
 * (`{"period": 10}`). Any problem is a usage error naming the file and the field.
 */
export function profileOf(args: ParsedArgs, cwd: string, lang: Lang): Profile | undefined {
  const file = optionString(args, "profile");
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readCapped(resolve(cwd, file), LIMITS.jsonBytes, file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError("cli.usage.profile-missing", { file });
    throw new UsageError("cli.usage.profile-read", { file, detail: code ?? String(e) });
  }
  if (jsonDepth(text) > LIMITS.jsonDepth) throw new UsageError("cli.usage.profile-too-deep", { file, limit: LIMITS.jsonDepth });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UsageError("cli.usage.profile-json", { file, detail: e instanceof Error ? e.message : String(e) });
  }
  const result = overBuiltin(json);
  if (!result.ok) {
    const issues = result.issues.map((i) => formatProfileIssue(i, lang)).join(t(lang, "cli.text.sep"));
    throw new UsageError("cli.usage.profile-invalid", { file, issues });
  }
  return result.profile;
}

const POISON = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A file's text, at most `limit` bytes: read in pieces, so a device or a pipe (`--profile /dev/zero`) is never
 * read without end.
 */
function readCapped(path: string, limit: number, shown: string): string {
  const fd = openSync(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(64 * 1024);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw new UsageError("cli.usage.profile-too-large", { file: shown, limit: limit / (1024 * 1024) });
      chunks.push(buf.subarray(0, n));
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** Writes a new file whole (temporary file, then moved into place); an existing one only with --force (exit 2 otherwise, nothing touched). */
export function writeNewFile(cwd: string, file: string, data: string | Uint8Array, force: boolean): void {
  writeOutFile(resolve(cwd, file), data, force, file);
}

/**
 * `--tabs 校验结果,县区汇总` (repeatable; Chinese commas and 、 too, as typed on a Chinese keyboard): the report
 * tabs to write, all seven when absent. A name that is not a report tab is a usage error listing the valid ones.
 */
export function tabsOf(args: ParsedArgs): readonly string[] {
  const given = optionList(args, "tabs");
  if (given.length === 0) return REPORT_TABS;
  const names = [...new Set(given.flatMap((v) => v.split(/[,，、]/)).map((n) => n.trim()).filter((n) => n !== ""))];
  const valid = REPORT_TABS.join(",");
  if (names.length === 0) throw new UsageError("cli.usage.no-tabs", { tabs: valid });
  const unknown = names.filter((n) => !isReportTab(n));
  if (unknown.length > 0) throw new UsageError("cli.usage.bad-tab", { tab: unknown.join(","), tabs: valid });
  return names;
}
