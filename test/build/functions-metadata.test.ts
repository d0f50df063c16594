/** The build's finishing of the generated functions metadata (scripts/build-functions-metadata.js). */
import { englishMetadata, finishMetadata, type FunctionsMetadata as Metadata } from "../../scripts/build-functions-metadata";

const generated = (): Metadata => ({
  functions: [
    {
      id: "YOY",
      description: "同比增长率",
      parameters: [
        { name: "current", description: "本期值" },
        { name: "previous", description: "上年同期值" },
      ],
    },
  ],
});

const english = {
  YOY: { description: "Year-on-year growth rate", parameters: { current: "This period", previous: "Same period last year" } },
};

test("lets errors inside a range reach the functions element by element", () => {
  expect(finishMetadata(generated()).allowErrorForDataTypeAny).toBe(true);
});

test("the English metadata replaces every description and nothing else", () => {
  const { metadata, problems } = englishMetadata(finishMetadata(generated()), english);
  expect(problems).toEqual([]);
  expect(metadata).toEqual({
    allowErrorForDataTypeAny: true,
    functions: [
      {
        id: "YOY",
        description: "Year-on-year growth rate",
        parameters: [
          { name: "current", description: "This period" },
          { name: "previous", description: "Same period last year" },
        ],
      },
    ],
  });
});

test.each([
  ["a function without English", {}, "YOY: no English description"],
  [
    "a parameter without English",
    { YOY: { description: "Growth", parameters: { current: "This period" } } },
    'YOY: parameter "previous" has no English description',
  ],
  [
    "English for a parameter that does not exist",
    { YOY: { ...english.YOY, parameters: { ...english.YOY.parameters, base: "?" } } },
    'YOY: English text for unknown parameter "base"',
  ],
  ["English for a function that does not exist", { ...english, YOYY: { description: "typo" } }, "YOYY: has an English description but no such function exists"],
])("fails the build for %s", (_case, texts, problem) => {
  expect(englishMetadata(generated(), texts).problems).toEqual([problem]);
});
