/** Renders the task pane around a session on an in-memory port, as the page does (theme, words, session). */
import { webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import type { Lang } from "../../src/core/i18n/types";
import type { WorkbookData } from "../../src/core/read/types";
import { PaneRoot } from "../../src/taskpane/components/pane-root";
import type { Host } from "../../src/taskpane/host";
import { createI18n } from "../../src/taskpane/i18n";
import { Session, type FilePort, type OpenFile } from "../../src/taskpane/session";
import { MemoryPort, type MemoryPortOptions } from "../support/memory-port";

/**
 * jsdom lays nothing out: every element is 0 px tall, so a virtualised list would see no room at all. The
 * stand-in layout: the findings list's viewport is 600 px tall and each row 80 px.
 */
export const VIEWPORT_PX = 600;
export const ROW_PX = 80;
Object.defineProperty(HTMLElement.prototype, "clientHeight", {
  configurable: true,
  get(this: HTMLElement) {
    return this.getAttribute("role") === "list" ? VIEWPORT_PX : 0;
  },
});
Object.defineProperty(HTMLElement.prototype, "offsetHeight", {
  configurable: true,
  get(this: HTMLElement) {
    return this.getAttribute("data-testid") === "issue-row" ? ROW_PX : 0;
  },
});

// Every element as wide as a desktop pane, so that the section tabs' overflow (Fluent's, measured in
// clientWidth) keeps them all on the row: the 350 px row and its 更多 menu are tested in Chromium (pane-350).
Object.defineProperty(HTMLElement.prototype, "clientWidth", {
  configurable: true,
  get() {
    return 1280;
  },
});

// Nor does it have ResizeObserver, which Fluent's MessageBar uses to reflow its actions; nothing resizes here.
if (typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

/** A fixed clock in the 2022 plan year: the period and the reports' time do not depend on today. */
export const NOW = new Date(2022, 10, 5, 9, 30);

export interface Rendered extends RenderResult {
  session: Session;
  user: UserEvent;
}

export function renderPane(opts: { session: Session; host?: Host | null; lang?: Lang }): Rendered {
  const i18n = createI18n(opts.lang ?? "zh-CN");
  const user = userEvent.setup();
  const result = render(<PaneRoot session={opts.session} i18n={i18n} theme={webLightTheme} host={opts.host === undefined ? "excel" : opts.host} />);
  return { ...result, session: opts.session, user };
}

/** The pane inside "Excel" on a memory port holding `data`, attached as the page attaches Excel's port. */
export async function renderOnPort(data: WorkbookData, opts: MemoryPortOptions & { lang?: Lang } = {}): Promise<Rendered & { port: MemoryPort }> {
  const port = new MemoryPort(data, opts);
  const session = new Session({ now: () => NOW });
  await session.attach(port);
  return { ...renderPane({ session, host: port.mode === "file" ? "standalone" : "excel", lang: opts.lang }), port };
}

/** A standalone page whose file opener hands out `port` (the browser file port's stand-in). */
export function standaloneSession(port: MemoryPort): { session: Session; opened: File[] } {
  const opened: File[] = [];
  const openFile: OpenFile = async (file) => {
    opened.push(file);
    return port as unknown as FilePort;
  };
  return { session: new Session({ openFile, now: () => NOW }), opened };
}

export function testId(id: string): HTMLElement {
  return screen.getByTestId(id);
}

/** Runs a check from the 校验 section and waits for its counts. */
export async function runCheck(r: Rendered): Promise<void> {
  await r.user.click(testId("run-check"));
  await waitFor(() => expect(screen.queryByTestId("summary-errors")).not.toBeNull());
}
