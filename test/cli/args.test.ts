import { parseArgs, UsageError, type OptionSpecs } from "../../src/cli/args";

const SPECS: OptionSpecs = {
  help: { value: false, short: "h" },
  out: { value: true },
  map: { value: true, multiple: true },
};

describe("parseArgs", () => {
  test.each([
    [["a.xlsx", "b.xlsx"], { positionals: ["a.xlsx", "b.xlsx"], options: {} }],
    [["--out", "x.xlsx"], { positionals: [], options: { out: "x.xlsx" } }],
    [["--out=x=y.xlsx"], { positionals: [], options: { out: "x=y.xlsx" } }],
    [["--out", "a", "--out", "b"], { positionals: [], options: { out: "b" } }],
    [["--map", "A=x", "f", "--map=B=y"], { positionals: ["f"], options: { map: ["A=x", "B=y"] } }],
    [["-h"], { positionals: [], options: { help: true } }],
    [["--", "--out"], { positionals: ["--out"], options: {} }],
    [["-"], { positionals: ["-"], options: {} }],
    [["--out", "-"], { positionals: [], options: { out: "-" } }],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv, SPECS)).toEqual(expected);
  });

  test.each([
    [["--nope"], "cli.usage.unknown-option", { option: "--nope" }],
    [["-z"], "cli.usage.unknown-option", { option: "-z" }],
    [["--constructor"], "cli.usage.unknown-option", { option: "--constructor" }],
    [["--out"], "cli.usage.missing-value", { option: "--out" }],
    [["--out", "--help"], "cli.usage.missing-value", { option: "--out" }],
    [["--help=yes"], "cli.usage.flag-value", { option: "--help" }],
  ])("%j is refused", (argv, key, params) => {
    let error: unknown;
    try {
      parseArgs(argv, SPECS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ key, params });
  });
});
