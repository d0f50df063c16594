import { useEffect, useMemo, useState } from "react";
import { PaneRoot } from "./components/pane-root";
import { detectHost, type HostInfo } from "./host";
import { type CheckResult, type Profile } from "../core";
import { OFFICE_TIMEOUT_MS, loadOfficeJs } from "./host";
import { createI18n, initialLang, storedLang } from "./i18n";
import { Session, type FilePort } from "./session";
import { themeFor } from "./theme";

/** Standalone: the browser file port (with ExcelJS) is loaded only when a file is opened, never in the first bundle. */
async function openInBrowser(file: File): Promise<FilePort> {
  const { openWorkbookFile } = await import(/* webpackChunkName: "file-port" */ "../ports/file/browser/browser-port");
  return openWorkbookFile(file, file.name);
}

/** 与上期对比 (on the page and in Excel): last month's workbook checked in a file worker of its own. */
async function checkPrevious(file: File, today: Date): Promise<CheckResult> {
  const { checkPreviousFile } = await import(/* webpackChunkName: "file-port" */ "../ports/file/browser/browser-port");
  return checkPreviousFile(file, today);
}

/** Standalone, no workbook open: 模板's blank workbook, written in the file port's worker. */
async function blankTemplate(profile: Profile, storeProfile: boolean): Promise<Blob> {
  const { templateWorkbook } = await import(/* webpackChunkName: "file-port" */ "../ports/file/browser/browser-port");
  return templateWorkbook(profile, storeProfile);
}

/** Inside Excel: the Office.js port, loaded once Office has said it is there. */
async function excelPort() {
  const { createExcelPort } = await import(/* webpackChunkName: "excel-port" */ "../ports/excel");
  return createExcelPort();
}

/** Inside WPS 表格: the ET port over WPS's object model. */
async function wpsPort() {
  const { createWpsPort, wpsApplication } = await import(/* webpackChunkName: "wps-port" */ "../ports/wps");
  const app = wpsApplication();
  if (!app) throw new Error("WPS 表格的接口不可用。The WPS Spreadsheets API is not available.");
  return createWpsPort(app);
}

/**
 * The page: renders at once, then follows what Office says (or does not say) about the host: inside Excel the
 * workbook is Excel's (checked when the user asks: a large workbook takes a while to read); standalone the user
 * opens a file. Office's theme and display language apply in Office.
 */
export function App() {
  const i18n = useMemo(() => createI18n(initialLang()), []);
  const session = useMemo(() => new Session({ openFile: openInBrowser, makeTemplate: blankTemplate, checkPrevious }), []);
  const [host, setHost] = useState<HostInfo | null>(null);

  useEffect(() => {
    let live = true;
    // The 3 s run from the page's start (its navigation), not from when this script got to run.
    const left = Math.max(500, OFFICE_TIMEOUT_MS - (typeof performance === "undefined" ? 0 : performance.now()));
    void detectHost(left, loadOfficeJs).then((found) => {
      if (!live) return;
      // The user's own choice of language wins over Office's.
      if (found.language && !storedLang()) void i18n.changeLanguage(initialLang(found.language));
      setHost(found);
      if (found.host === "excel") void session.connect(excelPort);
      if (found.host === "wps") void session.connect(wpsPort);
    });
    return () => {
      live = false;
      session.detach();
    };
  }, [i18n, session]);

  return <PaneRoot session={session} i18n={i18n} theme={themeFor(host?.background)} host={host?.host ?? null} />;
}
