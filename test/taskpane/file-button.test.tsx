/** @jest-environment jsdom */
/**
 * The pane's five file choosers (打开, 与上期对比, 汇总's 选择文件, 导入 profile, 导入 任务分解) are one FileButton: a
 * button in the tab order and a file input that is neither seen nor tabbed to, named as the button is, cleared after
 * each choice (the same file, edited, can be chosen again).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FileButton, XLSX_TYPES } from "../../src/taskpane/components/file-button";

function setup(multiple: boolean) {
  const chosen: string[][] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <FileButton data-testid="choose" input={{ accept: XLSX_TYPES, testId: "files", label: "选择文件", multiple, onFiles: (files) => chosen.push(files.map((f) => f.name)) }}>
        选择文件
      </FileButton>
    </FluentProvider>,
  );
  return { chosen, input: screen.getByTestId("files") as HTMLInputElement, button: screen.getByTestId("choose") };
}

const xlsx = (name: string): File => new File(["PK"], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

test("the button is reached by Tab, the input is not, and both carry the same name", async () => {
  const { input, button } = setup(false);
  await userEvent.tab();
  expect(document.activeElement).toBe(button);
  expect(input.tabIndex).toBe(-1);
  expect(input.getAttribute("aria-label")).toBe(button.textContent);
  expect(input.accept).toBe(XLSX_TYPES);
});

test("clicking the button opens the chooser", async () => {
  const { input, button } = setup(false);
  let opened = 0;
  input.addEventListener("click", () => opened++);
  await userEvent.click(button);
  expect(opened).toBe(1);
});

test("every chosen file is handed over, and the input is cleared for the next choice", async () => {
  const { chosen, input } = setup(true);
  expect(input.multiple).toBe(true);
  await userEvent.upload(input, [xlsx("怀来县.xlsx"), xlsx("涿鹿县.xlsx")]);
  expect(chosen).toEqual([["怀来县.xlsx", "涿鹿县.xlsx"]]);
  expect(input.value).toBe("");
  await userEvent.upload(input, [xlsx("怀来县.xlsx")]);
  expect(chosen).toEqual([["怀来县.xlsx", "涿鹿县.xlsx"], ["怀来县.xlsx"]]);
});

test("a chooser closed without a file hands nothing over", () => {
  const { chosen, input } = setup(false);
  fireEvent.change(input, { target: { files: [] } });
  expect(chosen).toEqual([]);
});
