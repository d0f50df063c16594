/**
 * Runs the GX functions inside HyperFormula, so that tests can write real formulas (=GX.YOY(A1:A5,B1:B5),
 * =SUM(GX.PULL(…))) against a sheet. Each function is registered under its Excel name, dots included
 * (HyperFormula's own names have dots, e.g. CHISQ.DIST), every parameter a RANGE so that a range arrives
 * whole as in Excel's any[][], and its result spills: the array size is predicted from the argument sizes
 * with the same broadcasting rule.
 *
 * The specs come from the functions.json that custom-functions-metadata generates, so the names, parameter
 * counts and optional flags are those Excel sees. Values cross over as Excel hands them to a custom function:
 * empty cells as null, errors as CustomFunctions.Error (the stand-in).
 */

import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from "hyperformula";
import type { FunctionPluginDefinition, ImplementedFunctions } from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser";
import { ErrorCode, StandInError } from "./custom-functions-stand-in";

export interface GxFunctionSpec {
  /** The metadata id, e.g. YOY; the formula name is GX.<id>. */
  id: string;
  parameters: { name: string; optional?: boolean }[];
  fn: (...args: unknown[]) => unknown[][];
}

const TO_EXCEL: Partial<Record<ErrorType, ErrorCode | string>> = {
  [ErrorType.DIV_BY_ZERO]: ErrorCode.divisionByZero,
  [ErrorType.NA]: ErrorCode.notAvailable,
  [ErrorType.VALUE]: ErrorCode.invalidValue,
  [ErrorType.NUM]: ErrorCode.invalidNumber,
  [ErrorType.REF]: ErrorCode.invalidReference,
  [ErrorType.NAME]: ErrorCode.invalidName,
  [ErrorType.SPILL]: "#SPILL!",
};
const TO_HF: Record<string, ErrorType> = Object.fromEntries(
  Object.entries(TO_EXCEL).map(([type, code]) => [code as string, type as ErrorType]),
);

function toExcelValue(v: unknown): unknown {
  if (v === EmptyValue) return null;
  if (v instanceof CellError) return new StandInError((TO_EXCEL[v.type] ?? `#${v.type}!`) as ErrorCode, v.message);
  // HyperFormula wraps formatted numbers (dates, percentages) in an object holding the value.
  if (typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number") return (v as { val: number }).val;
  return v;
}

function toHfValue(v: unknown): unknown {
  if (typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string") {
    const { code, message } = v as { code: string; message?: string };
    return new CellError(TO_HF[code] ?? ErrorType.ERROR, message);
  }
  return v;
}

/** Width and height of the broadcast result, or 1×1 (the single #VALUE!) when the shapes do not pair. */
function broadcastSize(sizes: ArraySize[]): ArraySize {
  const height = Math.max(1, ...sizes.map((s) => s.height));
  const width = Math.max(1, ...sizes.map((s) => s.width));
  const fills = sizes.some((s) => s.height === height && s.width === width) || (height === 1 && width === 1);
  const pairs = sizes.every((s) => (s.height === 1 || s.height === height) && (s.width === 1 || s.width === width));
  return fills && pairs ? new ArraySize(width, height) : ArraySize.scalar();
}

export interface GxPlugin {
  plugin: FunctionPluginDefinition;
  translations: { enGB: Record<string, string> };
}

/** A HyperFormula function plugin holding the given GX functions. */
export function createGxPlugin(specs: GxFunctionSpec[]): GxPlugin {
  const implementedFunctions: ImplementedFunctions = {};
  const enGB: Record<string, string> = {};

  class GxFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions = implementedFunctions;

    run(name: string, fn: GxFunctionSpec["fn"], ast: ProcedureAst, state: InterpreterState) {
      return this.runFunction(ast.args, state, this.metadata(name), (...ranges: unknown[]) => {
        const args = ranges.map((r) =>
          r === undefined ? undefined : (r as { data: unknown[][] }).data.map((row) => row.map(toExcelValue)),
        );
        const result = fn(...args).map((row) => row.map(toHfValue));
        // A 1×1 result is a plain value, as in a cell that does not spill.
        return (result.length === 1 && result[0].length === 1
          ? result[0][0]
          : SimpleRangeValue.onlyValues(result as never)) as never;
      });
    }

    size(ast: ProcedureAst, state: InterpreterState): ArraySize {
      return broadcastSize(ast.args.map((a) => this.arraySizeForAst(a, state)));
    }
  }

  for (const spec of specs) {
    const name = `GX.${spec.id}`;
    const method = `gx${spec.id}`;
    const sizeMethod = `gx${spec.id}Size`;
    implementedFunctions[name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      vectorizationForbidden: true,
      parameters: spec.parameters.map((p) => ({ argumentType: FunctionArgumentType.RANGE, optionalArg: p.optional === true })),
    };
    const proto = GxFunctionsPlugin.prototype as unknown as Record<string, unknown>;
    proto[method] = function (this: GxFunctionsPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.run(name, spec.fn, ast, state);
    };
    proto[sizeMethod] = function (this: GxFunctionsPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.size(ast, state);
    };
    enGB[name] = name;
  }
  return { plugin: GxFunctionsPlugin, translations: { enGB } };
}
