/** Which sheet each report tab goes to: the decision both writers share. */

import { planReportTabs } from "../../src/core/reports/ownership";

describe("planReportTabs", () => {
  test.each([
    {
      case: "a new workbook: the standard names",
      existing: ["台账"],
      owned: [],
      wanted: ["校验结果", "县区汇总"],
      tabs: [["校验结果", false], ["县区汇总", false]],
      renamed: [],
      stale: [],
      reports: ["校验结果", "县区汇总"],
    },
    {
      case: "the add-in's tabs are replaced; tabs not regenerated stay the add-in's",
      existing: ["台账", "校验结果", "县区汇总"],
      owned: ["校验结果", "县区汇总", "已删除的表"],
      wanted: ["校验结果"],
      tabs: [["校验结果", true]],
      renamed: [],
      stale: [],
      reports: ["县区汇总", "校验结果"],
    },
    {
      case: "a user's sheet keeps its name; the tab takes the first free suffix",
      existing: ["台账", "校验结果", "校验结果(2)"],
      owned: [],
      wanted: ["校验结果"],
      tabs: [["校验结果(3)", false]],
      renamed: [{ wanted: "校验结果", used: "校验结果(3)" }],
      stale: [],
      reports: ["校验结果(3)"],
    },
    {
      case: "the suffixed tab the add-in made before is replaced, not suffixed again",
      existing: ["台账", "校验结果", "校验结果(2)"],
      owned: ["校验结果(2)"],
      wanted: ["校验结果"],
      tabs: [["校验结果(2)", true]],
      renamed: [{ wanted: "校验结果", used: "校验结果(2)" }],
      stale: [],
      reports: ["校验结果(2)"],
    },
    {
      case: "once the user's sheet is gone the standard name returns and the copy goes",
      existing: ["台账", "校验结果(2)"],
      owned: ["校验结果(2)"],
      wanted: ["校验结果"],
      tabs: [["校验结果", false]],
      renamed: [],
      stale: ["校验结果(2)"],
      reports: ["校验结果"],
    },
    {
      case: "sheet names compare without case",
      existing: ["Summary"],
      owned: [],
      wanted: ["SUMMARY"],
      tabs: [["SUMMARY(2)", false]],
      renamed: [{ wanted: "SUMMARY", used: "SUMMARY(2)" }],
      stale: [],
      reports: ["SUMMARY(2)"],
    },
  ])("$case", ({ existing, owned, wanted, tabs, renamed, stale, reports }) => {
    const plan = planReportTabs(existing, owned, wanted);
    expect(plan.tabs.map((t) => [t.name, t.replaces])).toEqual(tabs);
    expect(plan.renamed).toEqual(renamed);
    expect(plan.stale).toEqual(stale);
    expect(plan.reports).toEqual(reports);
  });

  it("keeps a suffixed name within Excel's 31 characters", () => {
    const long = "很".repeat(31);
    const plan = planReportTabs([long], [], [long]);
    expect(plan.tabs[0].name).toBe(`${"很".repeat(28)}(2)`);
  });
});
