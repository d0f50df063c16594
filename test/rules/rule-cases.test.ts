import { FIRE, QUIET, type RuleCase } from "./cases";
import { run, sheet } from "./helpers";

function findings(c: RuleCase) {
  const s = sheet(c.kind, c.rows);
  return run(c.id, s, { ...c.opts, sheets: [s, ...(c.others ?? [])] });
}

describe("every rule fires on the records it is about", () => {
  test.each(FIRE.map((c) => [c.id, c.title, c] as const))("%s: %s", (id, _title, c) => {
    const found = findings(c);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f).toMatchObject({ rule: id, sheet: sheet(c.kind, []).sheet });
    if (c.expect) expect(found).toMatchObject(c.expect);
  });
});

describe("every rule keeps quiet on records that are fine", () => {
  test.each(QUIET.map((c) => [c.id, c.title, c] as const))("%s: %s", (_id, _title, c) => {
    expect(findings(c)).toEqual([]);
  });
});
