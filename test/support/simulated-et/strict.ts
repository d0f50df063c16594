/**
 * Strictness of the simulated ET host: every object is wrapped so that touching a member it does not have throws
 * (as a call WPS does not support would fail on a real WPS, only louder), and every member used is counted.
 */

/** Calls and property uses per `Class.member`, e.g. `Range.Value2` or `Sheets.Item`. */
export type CallCounts = Record<string, number>;

export class EtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EtError";
  }
}

/** Members every object has for JavaScript itself (await, printing, jest): never counted, never refused. */
const QUIET = new Set(["then", "toJSON", "constructor", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "@@__IMMUTABLE_ITERABLE__@@", "@@__IMMUTABLE_RECORD__@@"]);

export function strict<T extends object>(target: T, cls: string, calls: CallCounts): T {
  return new Proxy(target, {
    get(obj, prop) {
      if (typeof prop === "symbol" || QUIET.has(prop)) return Reflect.get(obj, prop);
      if (!(prop in obj)) throw new EtError(`${cls}.${prop} is not supported by the simulated ET host`);
      const key = `${cls}.${prop}`;
      const value = Reflect.get(obj, prop);
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          calls[key] = (calls[key] ?? 0) + 1;
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      calls[key] = (calls[key] ?? 0) + 1;
      return value;
    },
    set(obj, prop, value) {
      if (typeof prop === "symbol" || !(prop in obj)) throw new EtError(`${cls}.${String(prop)} cannot be set in the simulated ET host`);
      const key = `${cls}.${prop}=`;
      calls[key] = (calls[key] ?? 0) + 1;
      return Reflect.set(obj, prop, value);
    },
  });
}
