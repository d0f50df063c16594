/** The constructors: a noted finding from where it is, and the same rated with a severity. */

import type { FindingOf, Noted, Place, Severity } from "./types";

export interface NoteExtra<P extends object> extends Place {
  variant?: string;
  params?: P;
  key?: string;
}

/** A noted finding with only the fields given (no `undefined` members: JSON and deep equality stay clean). */
export function noted<R extends string, P extends object>(rule: R, extra: NoteExtra<P> = {}): Noted<R, P> {
  const f: Noted<R, P> = { rule };
  if (extra.variant !== undefined) f.variant = extra.variant;
  if (extra.sheet !== undefined) f.sheet = extra.sheet;
  if (extra.row !== undefined) f.row = extra.row;
  if (extra.col !== undefined) f.col = extra.col;
  if (extra.value !== undefined) f.value = extra.value;
  if (extra.params !== undefined) f.params = extra.params;
  if (extra.key !== undefined) f.key = extra.key;
  return f;
}

/** The finding rated: `severity` first, so that it reads first in JSON and in test output. */
export function rated<R extends string, P extends object>(f: Noted<R, P>, severity: Severity): FindingOf<R, P> {
  const { rule, ...rest } = f;
  return { rule, severity, ...rest } as FindingOf<R, P>;
}
