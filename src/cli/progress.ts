import { type Lang, type MessageKey, t } from "../core";
import type { CliIo } from "./io";

/** One updating status line on stderr, only when stderr is a terminal (never in pipes, logs or CI). */
export class Progress {
  private shown = false;
  constructor(
    private readonly io: CliIo,
    private readonly lang: Lang,
  ) {}

  show(key: MessageKey, params: Record<string, string | number>): void {
    if (!this.io.stderr.isTTY) return;
    this.io.stderr.write(`\r\u001b[2K${t(this.lang, key, params)}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.io.stderr.write("\r\u001b[2K");
    this.shown = false;
  }
}
