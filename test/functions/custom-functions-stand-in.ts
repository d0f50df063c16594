/**
 * A stand-in for the Office `CustomFunctions` global, which exists only inside Excel: the same ErrorCode
 * values as @types/custom-functions-runtime, an Error class with code and message, and an associate that
 * records what a built bundle registers.
 */

export enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

export class StandInError {
  constructor(
    public code: ErrorCode,
    public message?: string,
  ) {}
}

/** id → function, as registered through associate. */
export const associations = new Map<string, (...args: never[]) => unknown>();

function associate(idOrMappings: string | Record<string, (...args: never[]) => unknown>, fn?: (...args: never[]) => unknown): void {
  if (typeof idOrMappings === "string") {
    if (fn) associations.set(idOrMappings, fn);
  } else {
    for (const [id, f] of Object.entries(idOrMappings)) associations.set(id, f);
  }
}

export const customFunctionsStandIn = { Error: StandInError, ErrorCode, associate };

/** Makes the stand-in the `CustomFunctions` global (idempotent). */
export function installCustomFunctionsStandIn(): void {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = customFunctionsStandIn;
}
