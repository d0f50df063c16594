/** Reading findings: the rule's default severity from the catalogue, where, and the value as written. */

import { ruleSeverity } from "../rules/catalogue";
import type { Finding } from "../rules/types";

export interface Where {
  sheet?: string;
  row?: number;
  col?: number;
  value?: string | number | boolean | null;
  variant?: string;
  params?: Record<string, string | number>;
}

export function finding(rule: string, where: Where): Finding {
  const f: Finding = { rule, severity: ruleSeverity(rule) };
  if (where.variant !== undefined) f.variant = where.variant;
  if (where.sheet !== undefined) f.sheet = where.sheet;
  if (where.row !== undefined) f.row = where.row;
  if (where.col !== undefined) f.col = where.col;
  if (where.value !== undefined) f.value = where.value;
  if (where.params !== undefined) f.params = where.params;
  return f;
}
