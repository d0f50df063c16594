import { Body1, Button, Caption1, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { KINDS, type LedgerKind } from "../../core";
import { usePaneT } from "../i18n";
import { useSession, useSessionState } from "../session-context";
import { ActionError } from "./action-error";
import { useKindName } from "./ledgers-section";
import { saveBlob } from "../save-file";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  kinds: { display: "flex", flexDirection: "column" },
});

/** No workbook open (standalone): the blank standard workbook to download, the same as `gx-ledger template`. */
function BlankTemplate() {
  const styles = useStyles();
  const { t } = usePaneT();
  const session = useSession();
  const { profile } = useSessionState();
  const download = useAction(async () => {
    const name = t("pane.templates.file", { year: profile.year });
    saveBlob(await session.templateFile(), name);
    return name;
  });
  return (
    <section className={styles.section} aria-label={t("pane.tab.templates")}>
      <Caption1>{t("pane.templates.download-intro")}</Caption1>
      <div>
        <Button appearance="primary" data-testid="download-template" disabled={download.busy} onClick={() => void download.run()}>
          {t("pane.templates.download")}
        </Button>
      </div>
      {download.value && (
        <div role="status" aria-live="polite">
          <MessageBar intent="success">
            <MessageBarBody>{t("pane.templates.downloaded", { file: download.value })}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      <ActionError error={download.error} />
    </section>
  );
}

/** 模板: insert blank standard ledger sheets (and the targets sheet, pre-filled from the profile in force). */
export function TemplatesSection() {
  const styles = useStyles();
  const { t, tn } = usePaneT();
  const kindName = useKindName();
  const session = useSession();
  const { mode, profile } = useSessionState();
  const [kinds, setKinds] = useState<LedgerKind[]>(KINDS.map((k) => k.kind));
  const insert = useAction(() => session.insertTemplates(KINDS.map((k) => k.kind).filter((k) => kinds.includes(k))));
  if (mode === null) return session.canMakeTemplate ? <BlankTemplate /> : <Body1>{t("pane.no-workbook")}</Body1>;
  return (
    <section className={styles.section} aria-label={t("pane.tab.templates")}>
      <Caption1>{t("pane.templates.intro", { year: profile.year })}</Caption1>
      <div className={styles.kinds} role="group" aria-label={t("pane.templates.choose")}>
        {KINDS.map((k) => (
          <Checkbox
            key={k.kind}
            label={kindName(k.kind)}
            checked={kinds.includes(k.kind)}
            onChange={(_, data) => setKinds(data.checked === true ? [...kinds, k.kind] : kinds.filter((x) => x !== k.kind))}
          />
        ))}
      </div>
      <div>
        <Button appearance="primary" data-testid="insert-templates" disabled={kinds.length === 0 || insert.busy} onClick={() => void insert.run()}>
          {t("pane.templates.insert")}
        </Button>
      </div>
      {insert.value && (
        <div role="status" aria-live="polite">
          <MessageBar intent="success">
            <MessageBarBody>{tn("pane.templates.inserted", { n: insert.value.length, sheets: insert.value.join(t("pane.list-sep")) })}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      <ActionError error={insert.error} />
    </section>
  );
}
