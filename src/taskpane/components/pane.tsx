import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Host } from "../host";
import { usePaneT } from "../i18n";
import { useSession, useSessionState } from "../session-context";
import { VERSION } from "../version";
import { CheckSection } from "./check-section";
import { LedgersSection } from "./ledgers-section";
import { MarkSection } from "./mark-section";
import { ReportsSection } from "./reports-section";
import { SettingsSection } from "./settings-section";
import { StandaloneBar } from "./standalone-bar";
import { TargetsSection } from "./targets-section";
import { TemplatesSection } from "./templates-section";
import { MergeSection } from "./merge-section";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  names: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  tabs: { flexWrap: "wrap" },
});

export type SectionId = "ledgers" | "check" | "mark" | "reports" | "templates" | "targets" | "merge" | "settings";

export const SECTIONS: readonly SectionId[] = ["ledgers", "check", "mark", "reports", "templates", "targets", "merge", "settings"];

const CONTENT: Record<SectionId, () => ReactNode> = {
  ledgers: () => <LedgersSection />,
  check: () => <CheckSection />,
  mark: () => <MarkSection />,
  reports: () => <ReportsSection />,
  templates: () => <TemplatesSection />,
  targets: () => <TargetsSection />,
  merge: () => <MergeSection />,
  settings: () => <SettingsSection />,
};

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

/** The task pane: name and version, where it runs, the standalone page's file controls, and the seven sections. */
export function Pane({ host }: { host: Host | null }) {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const [section, setSection] = useState<SectionId>("check");
  const hostText = host === null ? t("pane.host.connecting") : t(`pane.host.${host}`);
  return (
    <main className={styles.root} lang={lang}>
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
      {host === null ? (
        <Spinner size="small" label={t("pane.host.connecting")} />
      ) : (
        <>
          {host === "standalone" && <StandaloneBar />}
          <OpenError />
          <StaleBanner />
          <TabList
            className={styles.tabs}
            selectedValue={section}
            onTabSelect={(_, data) => setSection(data.value as SectionId)}
            aria-label={t("pane.sections")}
          >
            {SECTIONS.map((id) => (
              <Tab key={id} value={id} data-testid={`tab-${id}`}>
                {t(`pane.tab.${id}`)}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-label={t(`pane.tab.${section}`)}>
            {CONTENT[section]()}
          </div>
        </>
      )}
    </main>
  );
}
