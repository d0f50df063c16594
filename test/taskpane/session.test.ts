/** The pane's session without React: checks, cancellation, stale results, settings kept in `_gx`. */
import { BUILTIN_PROFILE } from "../../src/core/profile";
import type { GxSettings } from "../../src/core/read/result";
import { checkWorkbook, crossFile } from "../../src/core/check";
import { profileOf, Session } from "../../src/taskpane/session";
import { MemoryPort } from "../support/memory-port";
import { KE_SHEET, NOTES_SHEET, TARGETS_SHEET, smallWorkbook } from "./fixtures";

const NOW = new Date(2022, 10, 5);

async function attached(data = smallWorkbook()): Promise<{ session: Session; port: MemoryPort }> {
  const port = new MemoryPort(data);
  const session = new Session({ now: () => NOW });
  await session.attach(port);
  return { session, port };
}

describe("Session", () => {
  test("a check gives exactly checkWorkbook's result on the data the port read", async () => {
    const { session } = await attached();
    await session.runCheck();
    const expected = checkWorkbook(smallWorkbook(), { today: NOW });
    const { result } = session.getState();
    expect(result?.summary).toEqual(expected.summary);
    expect(result?.findings).toEqual(expected.findings);
    expect(session.getState().checking).toBeNull();
  });

  test("a sheet changed while the check was reading makes the new result stale at once", async () => {
    const { session, port } = await attached();
    const release = port.holdReads();
    const running = session.runCheck();
    await new Promise((resolve) => setTimeout(resolve, 0));
    port.change(KE_SHEET);
    release();
    await running;
    expect(session.getState().stale).toEqual({ reason: "sheet", sheet: KE_SHEET });
  });

  test("a read that fails leaves a note, and the previous result", async () => {
    const { session, port } = await attached();
    await session.runCheck();
    const before = session.getState().result;
    jest.spyOn(port, "read").mockRejectedValueOnce(new Error("Excel is busy"));
    await session.runCheck();
    expect(session.getState().checkNote).toEqual({ key: "pane.error", params: { detail: "Excel is busy" } });
    expect(session.getState().result).toBe(before);
  });

  test("an explanation given in the pane is kept by a later cross-file comparison, like the workbook's own", async () => {
    const { session } = await attached();
    await session.runCheck();
    const warning = session.getState().result?.findings.find((f) => f.rule === "growth.review");
    expect(warning).toBeDefined();
    await session.explain(warning!, "新投产线");
    const result = session.getState().result!;
    const explainedNow = result.findings.filter((f) => f.explained).map((f) => [f.rule, f.row, f.explanation]);
    expect(explainedNow).toEqual([["growth.review", warning!.row, "新投产线"]]);
    crossFile([result, checkWorkbook({ name: "康保.xlsx", sheets: [] }, { today: NOW })]);
    expect(result.findings.filter((f) => f.explained).map((f) => [f.rule, f.row, f.explanation])).toEqual(explainedNow);
    expect(result.summary.explained).toBe(1);
  });

  test("kinds and mappings merge into _gx; an empty choice removes the entry", async () => {
    const { session, port } = await attached();
    await session.saveLedgerSettings({ [TARGETS_SHEET]: "none", [NOTES_SHEET]: "energy" }, { [KE_SHEET]: { uscc: "代码" } });
    await session.saveLedgerSettings({ [NOTES_SHEET]: "" }, { [KE_SHEET]: { uscc: "" } });
    const saved = port.callsOf("writeSettings").map((a) => a[0] as GxSettings);
    expect(saved[1]).toEqual({ kinds: { [TARGETS_SHEET]: "none" } });
    expect((await port.readSettings()).settings).toEqual(saved[1]);
  });

  test("the profile in force is the workbook's merged over the built-in one, or the built-in one with the issue", () => {
    expect(profileOf({}).profile).toBe(BUILTIN_PROFILE);
    const merged = profileOf({ profile: { thresholds: { keyEnergy: 6000 } } });
    expect(merged.profileSource).toBe("workbook");
    expect(merged.profile.thresholds).toEqual({ ...BUILTIN_PROFILE.thresholds, keyEnergy: 6000 });
    const broken = profileOf({ profile: { year: "去年" } });
    expect(broken).toMatchObject({ profile: BUILTIN_PROFILE, profileSource: "built-in", profileIssue: { path: "year", key: "profile.type.number" } });
  });

  test("opening another workbook stops listening to the first", async () => {
    const { session, port } = await attached();
    await session.runCheck();
    await session.attach(new MemoryPort(smallWorkbook()));
    port.change(KE_SHEET);
    expect(session.getState().stale).toBeNull();
    expect(session.getState().result).toBeNull();
  });
});
