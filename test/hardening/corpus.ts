/**
 * The bad-input corpus (test/fixtures/corpus, made by scripts/make-corpus.ts) as the hardening suites see it:
 * each file's path and what checking it must give. Files too big to commit are generated into a temp directory.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CORPUS, CORPUS_DIR, EXPECTED_FILE, type CorpusExpectation } from "../../scripts/make-corpus";
import { t, type Lang, type MessageKey } from "../../src/core/i18n";

export interface CorpusFile {
  file: string;
  path: string;
  expect: CorpusExpectation;
}

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** A stack trace line ("    at f (file.ts:1:2)") or an uncaught error's name: what a user must never see. */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|native\)?)$|\b(?:Type|Reference|Range|Syntax|Internal)?Error: /m;

export function expectedManifest(): Record<string, CorpusExpectation> {
  return JSON.parse(readFileSync(EXPECTED_FILE, "utf8"));
}

/** Every corpus file on disk; call `remove` when done (it deletes the generated ones). */
export async function corpusOnDisk(): Promise<{ files: CorpusFile[]; remove: () => void }> {
  const manifest = expectedManifest();
  const tmp = mkdtempSync(join(tmpdir(), "gx-corpus-"));
  const files: CorpusFile[] = [];
  for (const entry of CORPUS) {
    let path = join(CORPUS_DIR, entry.file);
    if (!entry.committed) {
      path = join(tmp, entry.file);
      writeFileSync(path, await entry.make());
    }
    files.push({ file: entry.file, path, expect: manifest[entry.file] });
  }
  return { files, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** A refusal as the user reads it, up to its details (`file.unreadable` gives the system's error code after it). */
export function refusalText(lang: Lang, key: string): string {
  return t(lang, key as MessageKey, { detail: "\u0000" }).split("\u0000")[0];
}

/** The table the suites print: one line per file, columns padded to their widest cell (CJK counts double). */
export function table(header: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffdc]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, j) => Math.max(width(h), ...rows.map((r) => width(r[j] ?? ""))));
  const line = (r: string[]) => r.map((c, j) => c + " ".repeat(widths[j] - width(c))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
