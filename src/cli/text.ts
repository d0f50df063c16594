import { kindSpec, type Lang, type LedgerKind, t } from "../core";
import { previousLine } from "./previous";
import { isFileError, type JsonFile, type JsonFileChecked, type JsonIssue } from "./report";
import { paint, renderTable, type Colour } from "./table";
import { terminalText } from "./terminal-text";

/** The readable form of a check: per file its profile, its ledgers, a table of findings and a verdict; then a total. */

const SEVERITY_COLOUR: Record<JsonIssue["severity"], Colour> = { error: "red", warning: "yellow", info: "cyan" };

export function kindName(kind: LedgerKind, lang: Lang): string {
  return lang === "zh-CN" ? kindSpec(kind).title : kind;
}

function where(issue: JsonIssue, lang: Lang): string {
  if (issue.cell) return issue.cell;
  if (issue.row !== null) return t(lang, "cli.text.row", { row: issue.row });
  return "";
}

/** 上期说明（数值已变） and the previous workbook's explanation, after the message (the latter once when the same). */
function earlierExplanations(i: JsonIssue, lang: Lang): string {
  const { stale, previous } = i.explanation ?? {};
  let out = stale ? t(lang, "cli.text.explanation-stale", { ...stale }) : "";
  if (previous && previous.text !== stale?.text) {
    out += t(lang, previous.valueChanged ? "cli.text.explanation-previous-changed" : "cli.text.explanation-previous", { text: previous.text, period: previous.period, value: previous.value });
  }
  return out;
}

function issueTable(f: JsonFileChecked, lang: Lang, colour: boolean): string {
  const header = (["severity", "sheet", "cell", "rule", "message"] as const).map((c) => t(lang, `cli.text.col.${c}`));
  const rows = f.issues.map((i) => {
    let message = i.message;
    if (i.hint) message += t(lang, "cli.text.hint", { hint: i.hint });
    if (i.explained) message += t(lang, "cli.text.explained");
    message += earlierExplanations(i, lang);
    return [t(lang, `cli.severity.${i.severity}`), i.sheet ?? "", where(i, lang), i.rule, message];
  });
  return renderTable(header, rows, {
    paint: (text, row, col) => (col === 0 ? paint(text, SEVERITY_COLOUR[f.issues[row].severity], colour) : text),
  });
}

function checkedFile(f: JsonFileChecked, lang: Lang, colour: boolean): string[] {
  const lines = [
    paint(t(lang, "cli.text.file", { file: f.file }), "bold", colour),
    t(lang, "cli.text.profile", {
      year: f.profile.year,
      period: f.profile.period,
      source: t(lang, `cli.source.${f.profile.source}`),
      from: t(lang, `period.source.${f.profile.periodSource}`, { text: f.profile.periodText ?? "" }),
    }),
  ];
  if (f.profile.scopeName !== undefined) lines.push(t(lang, "cli.text.scope", { county: f.profile.scopeName, code: f.profile.scope }));
  const hint = f.profile.countyHint;
  if (hint !== undefined) lines.push(t(lang, "cli.text.county-hint", { county: hint.name, records: hint.records, total: hint.total }));
  if (f.previous) lines.push(previousLine(f.previous, lang));
  lines.push(t(lang, "cli.text.sheets", { count: f.sheets.length }));
  for (const s of f.sheets) {
    lines.push("  " + t(lang, "cli.text.sheet", { sheet: s.sheet, kind: kindName(s.kind, lang), headerRow: s.headerRow, records: s.records }));
  }
  if (f.ignoredSheets.length) lines.push(t(lang, "cli.text.ignored", { list: f.ignoredSheets.join(t(lang, "cli.text.sep")) }));
  lines.push("");
  lines.push(f.issues.length ? issueTable(f, lang, colour) : t(lang, "cli.text.no-issues"));
  lines.push("");
  const s = f.summary;
  const verdict = s.ready ? paint(t(lang, "cli.ready"), "green", colour) : paint(t(lang, "cli.not-ready"), "red", colour);
  lines.push(t(lang, "cli.text.summary", { errors: s.errors, warnings: s.warnings, explained: s.explained, infos: s.infos, verdict }));
  return lines;
}

/** Every string a workbook or a path brought in, made safe for a terminal (terminal-text.ts). */
function safeFile(f: JsonFile): JsonFile {
  if (isFileError(f)) return { file: terminalText(f.file), error: terminalText(f.error) };
  return {
    ...f,
    file: terminalText(f.file),
    profile: f.profile.periodText === undefined ? f.profile : { ...f.profile, periodText: terminalText(f.profile.periodText) },
    sheets: f.sheets.map((s) => ({ ...s, sheet: terminalText(s.sheet) })),
    ignoredSheets: f.ignoredSheets.map(terminalText),
    issues: f.issues.map((i) => ({
      ...i,
      sheet: i.sheet === null ? null : terminalText(i.sheet),
      cell: i.cell === null ? null : terminalText(i.cell),
      message: terminalText(i.message),
      hint: i.hint === null ? null : terminalText(i.hint),
      explanation: i.explanation && safeExplanation(i.explanation),
    })),
  };
}

/** Files checked together, counted per county (the city's too), when any was a county's: （怀来县 2 个，全市 1 个）. */
function scopeCounts(files: readonly JsonFile[], lang: Lang): string {
  const counts = new Map<string, number>();
  for (const f of files) {
    if (isFileError(f)) continue;
    const name = f.profile.scopeName ?? t(lang, "cli.text.city");
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (files.length < 2 || !files.some((f) => !isFileError(f) && f.profile.scopeName !== undefined)) return "";
  const list = [...counts].map(([scope, n]) => t(lang, "cli.text.scope-count", { scope, n })).join(t(lang, "cli.text.sep"));
  return t(lang, "cli.text.scope-counts", { list });
}

function safeExplanation(e: NonNullable<JsonIssue["explanation"]>): JsonIssue["explanation"] {
  const safe = <T extends { text: string; period: string; value: string }>(x: T | undefined): T | undefined =>
    x && { ...x, text: terminalText(x.text), period: terminalText(x.period), value: terminalText(x.value) };
  return { text: e.text === undefined ? undefined : terminalText(e.text), stale: safe(e.stale), previous: safe(e.previous) };
}

export function textReport(given: readonly JsonFile[], lang: Lang, colour: boolean): string {
  const files = given.map(safeFile);
  const blocks = files.map((f) =>
    isFileError(f)
      ? [paint(t(lang, "cli.text.file", { file: f.file }), "bold", colour), paint(t(lang, "cli.text.unreadable", { error: f.error }), "red", colour)].join("\n")
      : checkedFile(f, lang, colour).join("\n"),
  );
  const ready = files.filter((f) => !isFileError(f) && f.summary.ready).length;
  const unreadable = files.filter(isFileError).length;
  const total = t(lang, "cli.text.total", { files: files.length, ready, notReady: files.length - ready - unreadable, unreadable }) + scopeCounts(files, lang);
  return [...blocks, paint(total, "bold", colour)].join("\n\n") + "\n";
}
