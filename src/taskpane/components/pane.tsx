import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { openedByOffice, type Host } from "../host";
import { usePaneT } from "../i18n";
import { useSession, useSessionState } from "../session-context";
import { VERSION } from "../version";
import { CheckSection } from "./check-section";
import { LedgersSection } from "./ledgers-section";
import { MarkSection } from "./mark-section";
import { ReportsSection } from "./reports-section";
import { SettingsSection } from "./settings-section";
import { TargetsSection } from "./targets-section";
import { TemplatesSection } from "./templates-section";
import { MergeSection } from "./merge-section";
import { SectionTabs, type TabEntry } from "./section-tabs";
import { DropZone, WorkbookLine } from "./standalone-bar";

const useStyles = makeStyles({
  // The pane is as tall as its window: header and tabs stay, the section scrolls, messages sit at the bottom.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    height: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, flexShrink: 0 },
  names: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0, flexShrink: 0 },
  lineTitle: { whiteSpace: "nowrap", flexShrink: 0 },
  lineHost: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  tabs: { flexShrink: 0 },
  // Focusable: a section that scrolls must be scrollable by keyboard too.
  panel: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  dock: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, flexShrink: 0 },
});

export type SectionId = "ledgers" | "check" | "mark" | "reports" | "templates" | "targets" | "merge" | "settings";

/** The pane's sections in tab order: a new section is one entry here. */
export const SECTIONS: readonly (TabEntry<SectionId> & { render: () => ReactNode })[] = [
  { id: "ledgers", label: "pane.tab.ledgers", render: () => <LedgersSection /> },
  { id: "check", label: "pane.tab.check", render: () => <CheckSection /> },
  { id: "mark", label: "pane.tab.mark", render: () => <MarkSection /> },
  { id: "reports", label: "pane.tab.reports", render: () => <ReportsSection /> },
  { id: "templates", label: "pane.tab.templates", render: () => <TemplatesSection /> },
  { id: "targets", label: "pane.tab.targets", render: () => <TargetsSection /> },
  { id: "merge", label: "pane.tab.merge", render: () => <MergeSection /> },
  { id: "settings", label: "pane.tab.settings", render: () => <SettingsSection /> },
];

/** Opening the workbook failed: a file that is not a workbook, or Excel's port that could not start. */
function OpenError() {
  const { t } = usePaneT();
  const { openError } = useSessionState();
  if (!openError) return null;
  return (
    <MessageBar intent="error" data-testid="open-error">
      <MessageBarBody>{t(openError.key, openError.params)}</MessageBarBody>
    </MessageBar>
  );
}

function StaleBanner() {
  const { t } = usePaneT();
  const session = useSession();
  const { stale, checking } = useSessionState();
  if (!stale) return null;
  return (
    <MessageBar intent="warning" data-testid="stale-banner">
      <MessageBarBody>{stale.reason === "sheet" ? t("pane.stale.sheet", { sheet: stale.sheet }) : t("pane.stale.settings")}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={checking !== null} onClick={() => void session.runCheck()}>
          {t("pane.check.rerun")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The last outcome worth a word (a download …): short, at the bottom, gone when dismissed. */
function NoticeBar() {
  const { t } = usePaneT();
  const session = useSession();
  const { notice } = useSessionState();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} data-testid="notice">
      <MessageBarBody>{t(notice.note.key, notice.note.params)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" data-testid="dismiss-notice" aria-label={t("pane.dismiss-label")} onClick={() => session.dismissNotice()}>
          {t("pane.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Standalone: leaving the page would lose explanations or settings not yet in a downloaded copy; the browser asks first. */
function useLeaveWarning(): void {
  const { unsaved, mode } = useSessionState();
  const warn = unsaved && mode === "file";
  useEffect(() => {
    if (!warn) return;
    const onLeave = (e: BeforeUnloadEvent): void => {
      e.preventDefault();
      // Older engines show the prompt only when returnValue is set.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, [warn]);
}

/** Name, version and where the pane runs, in full while nothing is open (and the drop zone standalone). */
function FullHeader({ host }: { host: Host | null }) {
  const styles = useStyles();
  const { t } = usePaneT();
  const hostText = host === null ? t("pane.host.connecting") : t(`pane.host.${host}`);
  return (
    <header className={styles.header}>
      <div className={styles.names}>
        <Title2 as="h1">{t("pane.title")}</Title2>
        {t("pane.title") !== "GX Ledger" && <Body1>GX Ledger</Body1>}
      </div>
      <Caption1 data-testid="version">{t("pane.version", { version: VERSION })}</Caption1>
      <Caption1 data-testid="host" role="status">
        {hostText}
      </Caption1>
    </header>
  );
}

/** The task pane: the header (one line once a workbook is open), the sections' tabs on one row, messages at the bottom. */
export function Pane({ host: known }: { host: Host | null }) {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const { workbookName, opening } = useSessionState();
  const [section, setSection] = useState<SectionId>("check");
  // A page Office did not open works standalone from its first paint, while office.js is still on its way.
  const [byOffice] = useState(openedByOffice);
  const host: Host | null = known ?? (byOffice ? null : "standalone");
  useLeaveWarning();
  const compact = host !== null && workbookName !== null && (host === "excel" || opening === null);
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];
  return (
    <main className={styles.root} lang={lang}>
      {compact ? (
        <header className={styles.line}>
          <Subtitle2 as="h1" className={styles.lineTitle}>
            {t("pane.title")}
          </Subtitle2>
          {host === "standalone" ? (
            <WorkbookLine />
          ) : (
            <Caption1 className={styles.lineHost} data-testid="host" role="status">
              {t(`pane.host.${host}`)}
            </Caption1>
          )}
        </header>
      ) : (
        <>
          <FullHeader host={known} />
          {host === "standalone" && <DropZone />}
        </>
      )}
      {host === null ? (
        <Spinner size="small" label={t("pane.host.connecting")} />
      ) : (
        <>
          <div className={styles.tabs}>
            <SectionTabs tabs={SECTIONS} selected={section} onSelect={setSection} />
          </div>
          <div role="tabpanel" aria-labelledby={`tab-${current.id}`} className={styles.panel} data-testid="panel" tabIndex={0}>
            {current.render()}
          </div>
        </>
      )}
      <div className={styles.dock}>
        <OpenError />
        <StaleBanner />
        <NoticeBar />
      </div>
    </main>
  );
}
