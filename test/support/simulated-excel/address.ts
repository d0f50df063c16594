/** A1 addresses for the simulated host. Pure TypeScript: the host also runs inside a browser page (issue 5 e2e). */

import { officeError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

function part(s: string): { row?: number; col?: number } {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s.trim());
  if (!m || (m[1] === "" && m[2] === "")) throw officeError("InvalidArgument", `The address '${s}' is not valid.`);
  return { col: m[1] ? columnIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
}

/** "A1", "A1:C5", "A:C" (whole columns), "3:5" (whole rows); a sheet prefix ("'My sheet'!A1") is ignored. */
export function parseAddress(address: string): Area {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b = a] = local.split(":");
  const p = part(a);
  const q = part(b);
  const whole = (x: { row?: number; col?: number }) => x.row === undefined || x.col === undefined;
  if (whole(p) !== whole(q) || (whole(p) && (p.row === undefined) !== (q.row === undefined))) {
    throw officeError("InvalidArgument", `The address '${address}' is not valid.`);
  }
  const area: Area = {
    top: Math.min(p.row ?? 1, q.row ?? 1),
    left: Math.min(p.col ?? 1, q.col ?? 1),
    bottom: Math.max(p.row ?? MAX_ROWS, q.row ?? MAX_ROWS),
    right: Math.max(p.col ?? MAX_COLS, q.col ?? MAX_COLS),
  };
  checkArea(area);
  return area;
}

export function checkArea(a: Area): void {
  const ok = a.top >= 1 && a.left >= 1 && a.bottom <= MAX_ROWS && a.right <= MAX_COLS && a.top <= a.bottom && a.left <= a.right;
  if (!ok || ![a.top, a.left, a.bottom, a.right].every(Number.isInteger)) {
    throw officeError("InvalidArgument", "The range is outside the worksheet.");
  }
}

export function formatArea(a: Area): string {
  const from = `${columnName(a.left)}${a.top}`;
  return a.top === a.bottom && a.left === a.right ? from : `${from}:${columnName(a.right)}${a.bottom}`;
}

/** How Excel names a sheet inside an address: quoted when it is not a plain word. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellCount(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

export function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Area, inner: Area): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
