import * as functions from "../../src/functions/functions";
import { installCustomFunctionsStandIn } from "./custom-functions-stand-in";
import { examples, mismatch } from "./examples";

installCustomFunctionsStandIn();

describe("FUNCTIONS.md examples", () => {
  test.each(examples.map((e) => [e.formula, e] as const))("%s", (_formula, example) => {
    const fn = functions[example.fn] as (...args: unknown[][][]) => unknown[][];
    expect(mismatch(fn(...example.args), example.expected)).toBeNull();
  });
});
