/**
 * Messages the pane shows are kept as catalogue keys with params, not as text: a language switch then rewords
 * whatever is on screen.
 */
import type { MessageParams } from "../core";

export interface Note {
  key: string;
  params?: MessageParams;
}

export function note(key: string, params?: MessageParams): Note {
  return params ? { key, params } : { key };
}

/** A read cancelled through its AbortSignal (ports reject with an AbortError, as fetch does). */
export function isAbort(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AbortError";
}

/** Something a step threw, as a note: the file port's refusals carry their own `file.*` key. */
export function errorNote(e: unknown): Note {
  const key = typeof e === "object" && e !== null ? (e as { key?: unknown }).key : undefined;
  if (typeof key === "string" && key.startsWith("file.")) {
    const params = (e as { params?: MessageParams }).params;
    return note(key, params);
  }
  return note("pane.error", { detail: e instanceof Error ? e.message : String(e) });
}
