/** Keys that could reach or replace an object's prototype when copied onto a plain object. */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * A copy of JSON-like data made of fresh plain objects and arrays, without the keys `__proto__`,
 * `constructor` and `prototype` at any depth. Only own enumerable keys are copied, so values inherited
 * from a forged prototype are not seen either. A cycle (never produced by JSON) is cut to `undefined`.
 */
export function withoutUnsafeKeys(value: unknown, ancestors: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== "object") return value;
  if (ancestors.has(value)) return undefined;
  ancestors.add(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((item) => withoutUnsafeKeys(item, ancestors));
  } else {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (!UNSAFE_KEYS.has(key)) out[key] = withoutUnsafeKeys((value as Record<string, unknown>)[key], ancestors);
    }
    copy = out;
  }
  ancestors.delete(value);
  return copy;
}
