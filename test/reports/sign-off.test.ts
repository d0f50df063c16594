import { BUILTIN_PROFILE, parseProfile } from "../../src/core/profile";
import type { Profile } from "../../src/core/profile/types";
import { buildReports, layoutReport } from "../../src/core/reports";
import { toForm, validateForm } from "../../src/taskpane/profile-form";
import { CTX, makeCheck } from "./fixtures";

const organisation = { unit: "张家口市工业和信息化局", head: "张三", statistician: "李四", preparer: "王五", phone: "0313-1234567" };

describe("the sign-off block (REPORTS.md, Ready to print and send)", () => {
  test("every tab ends with the sign-off line from the profile's organisation; 填报单位 goes into row 2", () => {
    const profile: Profile = { ...(BUILTIN_PROFILE as Profile), organisation };
    for (const model of buildReports(makeCheck({ profile }), CTX)) {
      expect(model.subtitle.startsWith("填报单位：张家口市工业和信息化局 · ")).toBe(true);
      expect(model.signOff).toBe("单位负责人：张三    统计负责人：李四    填表人：王五    联系电话：0313-1234567    报出日期：2022年11月5日");
      const layout = layoutReport(model);
      const last = layout.cells.filter((c) => c.row === layout.rows);
      expect(last).toEqual([{ row: layout.rows, col: 1, value: model.signOff, numFmt: "@", style: "signOff" }]);
    }
  });

  test("fields the profile leaves out are lines to sign by hand", () => {
    const profile: Profile = { ...(BUILTIN_PROFILE as Profile), organisation: { head: "张三" } };
    const [model] = buildReports(makeCheck({ profile }), CTX, ["校验结果"]);
    expect(model.signOff).toBe("单位负责人：张三    统计负责人：________    填表人：________    联系电话：________    报出日期：2022年11月5日");
    expect(model.subtitle.startsWith("填报单位：________ · ")).toBe(true);
  });

  test("the schema keeps organisation, trimmed, and drops blank fields", () => {
    const parsed = parseProfile({ ...BUILTIN_PROFILE, organisation: { unit: "  某局 ", head: "", phone: "123" } });
    expect(parsed.ok && parsed.profile.organisation).toEqual({ unit: "某局", phone: "123" });
    const bad = parseProfile({ ...BUILTIN_PROFILE, organisation: { head: 5 } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues[0].path).toBe("organisation.head");
  });

  test("the settings form edits organisation and saves it in the profile", () => {
    const form = toForm(BUILTIN_PROFILE as Profile);
    expect(form.organisation).toEqual({ unit: "", head: "", statistician: "", preparer: "", phone: "" });
    const result = validateForm({ ...form, organisation: { ...form.organisation, unit: "某局", preparer: "王五" } });
    expect(result.ok && result.profile.organisation).toEqual({ unit: "某局", preparer: "王五" });
    expect(toForm({ ...(BUILTIN_PROFILE as Profile), organisation }).organisation).toEqual(organisation);
  });
});
