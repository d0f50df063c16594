import type { Lang } from "../core";
import type { CliStream } from "./io";
import { fileHead, isFileError, issueJson, type Outcome } from "./report";

/**
 * `check --format json` written piece by piece: the same text as JSON.stringify(jsonReport(…), null, 2), but
 * never held whole (a workbook with a million findings made a string V8 could not allocate). Each issue is worded
 * and serialised on its own; pieces go out in blocks of about 64 KB, waiting for the stream to drain.
 */

const BLOCK = 64 * 1024;

/** JSON.stringify(value, null, 2) as it would appear nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, "\n" + "  ".repeat(depth));
}

function* pieces(version: string, outcomes: readonly Outcome[], lang: Lang): Generator<string> {
  yield `{\n  "tool": "gx-ledger",\n  "version": ${JSON.stringify(version)},\n  "files": [`;
  for (const [i, outcome] of outcomes.entries()) {
    yield i === 0 ? "\n    " : ",\n    ";
    const head = fileHead(outcome);
    if (isFileError(head) || !("result" in outcome) || outcome.result.findings.length === 0) {
      yield nested(head, 2);
      continue;
    }
    // The head with an empty issues list, split where the list goes.
    const text = nested(head, 2);
    const marker = '"issues": []';
    const at = text.indexOf(marker);
    yield text.slice(0, at) + '"issues": [';
    for (const [j, f] of outcome.result.findings.entries()) yield (j === 0 ? "\n        " : ",\n        ") + nested(issueJson(f, lang), 4);
    yield "\n      ]" + text.slice(at + marker.length);
  }
  yield outcomes.length ? "\n  ]\n}\n" : "]\n}\n";
}

interface Drainable extends CliStream {
  once?(event: "drain", listener: () => void): unknown;
}

async function put(stream: Drainable, text: string): Promise<void> {
  const ok = stream.write(text);
  if (ok === false && typeof stream.once === "function") await new Promise<void>((resolve) => stream.once?.("drain", resolve));
}

export async function writeJsonReport(stream: Drainable, version: string, outcomes: readonly Outcome[], lang: Lang): Promise<void> {
  let block = "";
  for (const piece of pieces(version, outcomes, lang)) {
    block += piece;
    if (block.length >= BLOCK) {
      await put(stream, block);
      block = "";
    }
  }
  if (block) await put(stream, block);
}
