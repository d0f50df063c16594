/** @jest-environment jsdom */
/** The standalone page: open a workbook (button or drop), the check starts by itself, download it with the reports. */
import { createEvent, fireEvent, screen, waitFor } from "@testing-library/react";
import type { ReportLayout } from "../../src/core/reports/layout-types";
import { REPORT_TABS } from "../../src/core/reports";
import { FileRefusal } from "../../src/ports/file/shared/refusal";
import { Session } from "../../src/taskpane/session";
import { MemoryPort } from "../support/memory-port";
import { smallWorkbook, warningOnly } from "./fixtures";
import { NOW, renderPane, standaloneSession, testId } from "./render";

jest.setTimeout(30_000);

const xlsx = (name: string): File => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);

describe("the standalone page", () => {
  test("before a file is open: the open button and drop zone, no check to run", () => {
    const { session } = standaloneSession(new MemoryPort(smallWorkbook(), { mode: "file" }));
    renderPane({ session, host: "standalone" });
    expect(testId("host").textContent).toContain("独立页面");
    expect((testId("open-workbook") as HTMLInputElement).type).toBe("file");
    expect(testId("drop-zone").textContent).toContain("打开工作簿");
    expect((testId("run-check") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId("download-report")).toBeNull();
  });

  test("opening a file checks it at once", async () => {
    const port = new MemoryPort(smallWorkbook(), { mode: "file" });
    const { session, opened } = standaloneSession(port);
    const r = renderPane({ session, host: "standalone" });
    await r.user.upload(testId("open-workbook") as HTMLInputElement, xlsx("县区台账.xlsx"));
    await waitFor(() => expect(screen.queryByTestId("summary-errors")).not.toBeNull());
    expect(opened.map((f) => f.name)).toEqual(["县区台账.xlsx"]);
    expect(testId("summary-errors").textContent).toBe("2");
    expect(testId("workbook-name").textContent).toBe("县区台账.xlsx");
    // A file has no active sheet: the choice is not offered.
    expect(screen.queryByRole("radio", { name: "当前工作表" })).toBeNull();
  });

  test("a file dropped on the zone is opened the same way", async () => {
    const { session, opened } = standaloneSession(new MemoryPort(smallWorkbook(), { mode: "file" }));
    renderPane({ session, host: "standalone" });
    const drop = createEvent.drop(testId("drop-zone"));
    Object.defineProperty(drop, "dataTransfer", { value: { files: [xlsx("拖进来.xlsx")] } });
    fireEvent(testId("drop-zone"), drop);
    await waitFor(() => expect(screen.queryByTestId("summary-errors")).not.toBeNull());
    expect(opened.map((f) => f.name)).toEqual(["拖进来.xlsx"]);
  });

  test("a file the port refuses is explained in the UI language", async () => {
    const session = new Session({
      openFile: async () => {
        throw new FileRefusal("file.xls");
      },
      now: () => NOW,
    });
    const r = renderPane({ session, host: "standalone" });
    await r.user.upload(testId("open-workbook") as HTMLInputElement, xlsx("改了扩展名.xlsx"));
    await waitFor(() => expect(testId("open-error").textContent).toBe("这是旧版 Excel 97-2003 格式（.xls）；请在 Excel 中另存为 .xlsx 后再检查"));
  });

  test("download writes the chosen report tabs, the marks when asked, and saves the workbook", async () => {
    const port = new MemoryPort(smallWorkbook(), { mode: "file" });
    const { session } = standaloneSession(port);
    const r = renderPane({ session, host: "standalone" });
    const saved: string[] = [];
    URL.createObjectURL = jest.fn(() => "blob:workbook");
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      await r.user.upload(testId("open-workbook") as HTMLInputElement, xlsx("县区台账.xlsx"));
      await waitFor(() => expect(screen.queryByTestId("summary-errors")).not.toBeNull());
      await r.user.click(testId("tab-reports"));
      await r.user.click(screen.getByRole("checkbox", { name: REPORT_TABS[0] }));
      await r.user.click(testId("download-with-marks"));
      await r.user.click(testId("download-report"));
      await waitFor(() => expect(saved).toEqual(["县区台账（含报表）.xlsx"]));
      const layouts = port.callsOf("writeReports")[0][0] as ReportLayout[];
      expect(layouts.map((l) => l.tab)).toEqual(REPORT_TABS.slice(1));
      expect(port.callsOf("mark")).toHaveLength(1);
      expect(port.callsOf("download")).toHaveLength(1);
      // Short, in the message area, and dismissable.
      expect(testId("notice").textContent).toContain(`已下载 县区台账（含报表）.xlsx（含 ${REPORT_TABS.length - 1} 张报表）`);
      await r.user.click(testId("dismiss-notice"));
      expect(screen.queryByTestId("notice")).toBeNull();
    } finally {
      click.mockRestore();
    }
  });

  test("one marking option: 标记 ticks it for the download, 清除标记 unticks it", async () => {
    const port = new MemoryPort(smallWorkbook(), { mode: "file" });
    const { session } = standaloneSession(port);
    const r = renderPane({ session, host: "standalone" });
    URL.createObjectURL = jest.fn(() => "blob:workbook");
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    try {
      await r.user.upload(testId("open-workbook") as HTMLInputElement, xlsx("县区台账.xlsx"));
      await waitFor(() => expect(screen.queryByTestId("summary-errors")).not.toBeNull());
      await r.user.click(testId("tab-mark"));
      expect((testId("download-with-marks") as HTMLInputElement).checked).toBe(false);
      await r.user.click(testId("mark-cells"));
      await waitFor(() => expect((testId("download-with-marks") as HTMLInputElement).checked).toBe(true));
      await r.user.click(testId("download-report"));
      await waitFor(() => expect(port.callsOf("download")).toHaveLength(1));
      // Marked on 标记, and again as the download writes them: the copy carries them.
      expect(port.callsOf("mark")).toHaveLength(2);
      await r.user.click(testId("clear-marks"));
      await waitFor(() => expect((testId("download-with-marks") as HTMLInputElement).checked).toBe(false));
      await r.user.click(testId("download-report"));
      await waitFor(() => expect(port.callsOf("download")).toHaveLength(2));
      expect(port.callsOf("mark")).toHaveLength(2);
    } finally {
      click.mockRestore();
    }
  });

  test("模板 with no workbook open downloads the blank standard workbook", async () => {
    const made: boolean[] = [];
    const session = new Session({
      now: () => NOW,
      makeTemplate: async (_profile, storeProfile) => {
        made.push(storeProfile);
        return new Blob(["xlsx"]);
      },
    });
    const r = renderPane({ session, host: "standalone" });
    const saved: string[] = [];
    URL.createObjectURL = jest.fn(() => "blob:template");
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      await r.user.click(testId("tab-templates"));
      await r.user.click(testId("download-template"));
      await waitFor(() => expect(saved).toEqual(["工信台账模板-2022.xlsx"]));
      expect(made).toEqual([false]);
    } finally {
      click.mockRestore();
    }
  });

  test("a leave warning while an explanation is not yet in a downloaded copy", async () => {
    const port = new MemoryPort(warningOnly(), { mode: "file" });
    const { session } = standaloneSession(port);
    const r = renderPane({ session, host: "standalone" });
    const leave = (): boolean => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    await r.user.upload(testId("open-workbook") as HTMLInputElement, xlsx("只有警告.xlsx"));
    await waitFor(() => expect(screen.queryByTestId("summary-errors")).not.toBeNull());
    expect(leave()).toBe(false);
    await r.user.click(screen.getByRole("button", { name: /^写说明/ }));
    await r.user.type(screen.getByRole("textbox", { name: /^审核说明/ }), "已核实{Enter}");
    await waitFor(() => expect(testId("summary-explained").textContent).toBe("1"));
    expect(leave()).toBe(true);
    URL.createObjectURL = jest.fn(() => "blob:workbook");
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    try {
      await r.user.click(testId("download-report"));
      await waitFor(() => expect(port.callsOf("download")).toHaveLength(1));
      await waitFor(() => expect(leave()).toBe(false));
    } finally {
      click.mockRestore();
    }
  });
});
