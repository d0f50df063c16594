/**
 * Reading findings, as the reader notes them: the rule, where, the value as written. The rule's severity is not
 * the reader's to know: the pipeline rates the notes by the rules' declarations (rules/registry.ts).
 */

import { noted, type Noted, type NoteExtra, type Params } from "../findings";

export type Where = NoteExtra<Params>;

export function finding(rule: string, where: Where = {}): Noted {
  return noted(rule, where);
}
