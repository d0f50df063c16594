import {
  BUILTIN_PROFILE,
  getActiveProfile,
  mergeProfile,
  onProfileChange,
  resetActiveProfile,
  setActiveProfile,
  type Profile,
} from "../../src/core/profile";

function variant(partial: object): Profile {
  const result = mergeProfile(BUILTIN_PROFILE, partial);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.profile;
}

afterEach(() => resetActiveProfile());

describe("the active profile", () => {
  test("is the built-in 2022 profile by default", () => {
    expect(getActiveProfile()).toBe(BUILTIN_PROFILE);
  });

  test("changes at runtime and goes back on reset", () => {
    const edited = variant({ thresholds: { scaleRevenue: 3000 } });
    setActiveProfile(edited);
    expect(getActiveProfile().thresholds.scaleRevenue).toBe(3000);
    resetActiveProfile();
    expect(getActiveProfile()).toBe(BUILTIN_PROFILE);
  });

  test("tells listeners about each change, with the new profile", () => {
    const seen: (number | undefined)[] = [];
    const unsubscribe = onProfileChange((p) => seen.push(p.period));
    setActiveProfile(variant({ period: 3 }));
    setActiveProfile(variant({ period: 4 }));
    resetActiveProfile();
    unsubscribe();
    expect(seen).toEqual([3, 4, undefined]);
  });

  test("does not call a listener after it unsubscribed", () => {
    const listener = jest.fn();
    const unsubscribe = onProfileChange(listener);
    unsubscribe();
    setActiveProfile(variant({ period: 5 }));
    expect(listener).not.toHaveBeenCalled();
  });

  test("does not notify when the same profile is set again", () => {
    const listener = jest.fn();
    const unsubscribe = onProfileChange(listener);
    resetActiveProfile();
    setActiveProfile(BUILTIN_PROFILE);
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });

  test("a listener may unsubscribe while being notified, the others still hear", () => {
    const calls: string[] = [];
    const first = onProfileChange(() => {
      calls.push("first");
      first();
    });
    const second = onProfileChange(() => calls.push("second"));
    setActiveProfile(variant({ period: 7 }));
    setActiveProfile(variant({ period: 8 }));
    second();
    expect(calls).toEqual(["first", "second", "second"]);
  });
});
