/**
 * Dates in Excel's `values`: Excel keeps a date as its serial number, and only the cell's number format says it
 * is a date. The file port's ExcelJS hands such a cell over as a Date; this port must do the same, or a date typed
 * into a money column reads as a plausible amount (2022-10-31 as 44865).
 */

const DAY_MS = 86_400_000;
/** Excel's 1900 date system: serial 1 is 1900-01-01 … */
const EPOCH_1900 = Date.UTC(1899, 11, 31);
/** … and from serial 61 (1900-03-01) on, one day later, as Excel counts a 29 February 1900 that never was. */
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const PHANTOM_LEAP_DAY = 60;

/**
 * A format that shows a date or a time, as ExcelJS decides (a date or time letter outside brackets and quotes),
 * so that both ports agree; characters Excel shows literally (`\h`, `_m`, `*s`) are left out, as Excel does.
 */
export function isDateFormat(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*\]|"[^"]*"|\\.|[_*]./g, ""));
}

/**
 * The date a serial in a date-formatted cell shows: a JS Date in UTC (midnight for a whole day), as the file port
 * hands dates over. Serial 60 shows 1900-02-29, a day no Date holds: it is handed over as that text, which the
 * reader takes neither for a date nor for a number.
 */
export function dateOfSerial(serial: number): Date | string {
  const day = Math.floor(serial);
  if (day === PHANTOM_LEAP_DAY) return "1900-02-29";
  return new Date((day < PHANTOM_LEAP_DAY ? EPOCH_1900 : EPOCH_AFTER_LEAP_BUG) + Math.round(serial * DAY_MS));
}
