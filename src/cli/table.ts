import { textWidth as displayWidth } from "../core";

/**
 * A plain-text table aligned for a terminal: Chinese characters take two columns. The last column is not
 * padded (messages run on rather than being cut). `paint` colours a cell after its width is measured.
 */
export interface TableOptions {
  paint?: (text: string, row: number, col: number) => string;
  gap?: string;
}

export function renderTable(header: string[], rows: string[][], opts: TableOptions = {}): string {
  const gap = opts.gap ?? "  ";
  // reduce, not Math.max(...): a spread of 100,000+ rows overflows the call stack.
  const widths = header.map((h, c) => rows.reduce((w, r) => Math.max(w, displayWidth(r[c] ?? "")), displayWidth(h)));
  const line = (cells: string[], row: number) =>
    cells
      .map((cell, c) => {
        const padded = c === cells.length - 1 ? cell : cell + " ".repeat(widths[c] - displayWidth(cell));
        return opts.paint && row >= 0 ? opts.paint(padded, row, c) : padded;
      })
      .join(gap)
      .trimEnd();
  // The last column runs on; its underline stops at a readable length.
  const rule = widths.map((w, c) => "-".repeat(c === widths.length - 1 ? Math.min(w, Math.max(displayWidth(header[c]), 40)) : w)).join(gap);
  return [line(header, -1), rule, ...rows.map((r, i) => line(r, i))].join("\n");
}

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, bold: 1, dim: 2 } as const;
export type Colour = keyof typeof CODES;

export function paint(text: string, colour: Colour, on: boolean): string {
  return on ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}
