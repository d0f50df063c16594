import { cellAddress, describeFinding } from "../../src/core/rules/describe";
import type { AnyFinding as Finding } from "../../src/core/findings";

const f = (x: Partial<Finding>): Finding => ({ rule: "uscc.checksum", severity: "error", ...x });

describe("describeFinding", () => {

  test("a cell finding: message with its params in both languages, hint, A1 address", () => {
    const finding = f({ sheet: "台账", row: 5, col: 3, value: "91130722MA0000001X", params: { expected: "W", char: "X", column: "统一社会信用代码" } });
    expect(describeFinding(finding, "zh-CN")).toEqual({
      message: "统一社会信用代码校验码错误：末位为“X”，应为 W",
      hint: "多为录入错误，请对照营业执照核对前 17 位",
      cell: "C5",
      column: "C",
    });
    expect(describeFinding(finding, "en-US").message).toBe("Wrong check character “X” in the credit code; it should be W");
    expect(cellAddress(finding)).toBe("C5");
  });

  test("a variant has its own message; an unknown variant falls back to the rule's", () => {
    const length = f({ rule: "uscc.format", variant: "length", row: 2, col: 2, params: { length: 17 } });
    expect(describeFinding(length, "zh-CN").message).toBe("统一社会信用代码应为 18 位，实际 17 位");
    const odd = f({ rule: "uscc.format", variant: "no-such", row: 2, col: 2, value: "x" });
    expect(describeFinding(odd, "en-US").message).toBe("Malformed unified social credit code “x”");
  });

  test("a sheet-level finding has neither cell nor column", () => {
    const d = describeFinding(f({ rule: "ledger.count", severity: "warning", sheet: "台账", variant: "fewer", params: { count: 3, target: 100, name: "百家重点企业" } }), "zh-CN");
    expect(d).toEqual({ message: "台账共 3 条，少于“百家重点企业”目标 100", hint: "补齐台账，或在审核说明工作表中说明原因", cell: null, column: null });
  });

  test("profile.invalid renders the profile issue in the user's language", () => {
    const finding = f({ rule: "profile.invalid", severity: "warning", params: { field: "thresholds.scaleRevenue", detailKey: "profile.number.min", min: 0 } });
    expect(describeFinding(finding, "zh-CN").message).toBe("工作簿中保存的方案配置无效（thresholds.scaleRevenue：不能小于 0），已改用内置方案");
    expect(describeFinding(finding, "en-US").message).toContain("(thresholds.scaleRevenue: must not be less than 0)");
  });
});
