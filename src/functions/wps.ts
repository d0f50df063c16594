/**
 * The GX functions as WPS custom functions (HOSTS.md): synchronous adapters of the same functions Excel runs
 * (functions.ts, each a lift of one core/calc function), so a formula still exists once. WPS 表格 registers a
 * function with `wps.AddCustomFunction(namespace, name, fn)` and calls it synchronously.
 *
 * ASSUMPTIONS (README "WPS"): WPS passes a range as rows of values and one cell as its value (lift takes both);
 * a function returns one value for one cell, rows of values for several; WPS has no error value a script can
 * return, so an error is returned as its name ("#DIV/0!"), which the cell shows as text.
 */

import * as excel from "./functions";

/** A function's id (YOY) and the name of its implementation in functions.ts (yoy), from the generated metadata. */
export interface Association {
  id: string;
  functionName: string;
}

export type WpsFunction = (...args: unknown[]) => unknown;

/** An element as WPS gets it: an error becomes its name. */
function wpsElement(v: unknown): unknown {
  if (typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string") return (v as { code: string }).code;
  return v;
}

/** One of functions.ts's functions as WPS calls it. */
export function wpsAdapter(fn: (...args: never[]) => unknown[][]): WpsFunction {
  return (...args) => {
    const out = (fn as (...a: unknown[]) => unknown[][])(...args);
    if (out.length === 1 && out[0].length === 1) return wpsElement(out[0][0]);
    return out.map((row) => row.map(wpsElement));
  };
}

/** id → adapter, for every association; a name that functions.ts does not export is a build error, said plainly. */
export function wpsFunctions(associations: readonly Association[]): Map<string, WpsFunction> {
  const table = excel as unknown as Record<string, unknown>;
  const out = new Map<string, WpsFunction>();
  for (const { id, functionName } of associations) {
    const fn = table[functionName];
    if (typeof fn !== "function") throw new Error(`GX.${id}: functions.ts exports no ${functionName}`);
    out.set(id, wpsAdapter(fn as (...args: never[]) => unknown[][]));
  }
  return out;
}

export interface WpsRegistrar {
  AddCustomFunction?: (namespace: string, name: string, fn: WpsFunction) => void;
}

/** Registers the functions under GX; returns how many (0 on a WPS too old for custom functions). */
export function registerWpsFunctions(wps: WpsRegistrar | undefined, namespace: string, associations: readonly Association[]): number {
  if (!wps || typeof wps.AddCustomFunction !== "function") return 0;
  let n = 0;
  for (const [id, fn] of wpsFunctions(associations)) {
    wps.AddCustomFunction(namespace, id, fn);
    n++;
  }
  return n;
}
