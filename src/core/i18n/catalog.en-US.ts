import type { MessageKey } from "./catalog.zh-CN";

/** English messages; the type makes the compiler insist on exactly the keys of the Chinese catalogue. */
export const enUS: Record<MessageKey, string> = {
  "profile.array.min": "needs at least {min} item(s)",
  "profile.code6": "must be a 6-digit code",
  "profile.cultivationBand": "cultivationFloor must not exceed scaleRevenue ({max})",
  "profile.duplicate.code": "code {code} appears twice",
  "profile.duplicate.key": "indicator key {key} appears twice",
  "profile.duplicate.name": "name or alias “{name}” appears twice",
  "profile.enum": "must be one of: {values}",
  "profile.growthBand": "growthReviewLow must be below growthReviewHigh ({max})",
  "profile.invalid": "invalid value",
  "profile.number.above": "must be greater than {min}",
  "profile.number.max": "must not exceed {max}",
  "profile.number.min": "must not be less than {min}",
  "profile.range.maxBelow": "the upper bound max must not be below the lower bound target ({min})",
  "profile.range.maxMissing": "a range target (op \"range\") needs an upper bound max",
  "profile.ratio.fraction": "ratios are fractions (80% is 0.8) between 0 and 1",
  "profile.required": "is missing",
  "profile.string.empty": "must not be empty",
  "profile.targetKey": "an indicator key is letters, digits and _, starting with a letter",
  "profile.type.array": "must be a list",
  "profile.type.integer": "must be a whole number",
  "profile.type.number": "must be a number",
  "profile.type.object": "must be an object",
  "profile.type.string": "must be text",
};
