/**
 * What a workbook says, made safe to print on a terminal: C0 and C1 control characters (ESC starts the sequences
 * that clear a screen, set a title or fake a colour; `_x001B_` in a shared string decodes to it) and the bidi
 * overrides that reorder what is shown are removed. Line breaks and tabs become spaces (one finding, one line).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(s: string): string {
  return s.replace(/[\t\n]/g, " ").replace(UNSAFE, "");
}
