import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles } from "@fluentui/react-components";
import { usePaneT } from "../i18n";
import { useSession, useSessionState } from "../session-context";
import { useAction } from "./use-action";
import { ActionError } from "./action-error";

const useStyles = makeStyles({
  // In the section's column, a tall section would squeeze the bar below its content and let its buttons spill
  // out under the next row, where they cannot be clicked.
  bar: { flexShrink: 0 },
});

/**
 * 这是怀来县的台账？ When nearly all records name one county, the pane asks instead of switching by itself:
 * 按怀来县校验 stores the scope with the workbook and checks again; 不是 keeps the city's and stops asking.
 */
export function CountyPrompt() {
  const { t } = usePaneT();
  const styles = useStyles();
  const session = useSession();
  const { result, countyDeclined, checking } = useSessionState();
  const accept = useAction(() => session.acceptCounty());
  const hint = result?.countyHint;
  if (!hint || countyDeclined) return null;
  const params = { county: hint.name, records: hint.records, total: hint.total };
  return (
    <>
      <MessageBar className={styles.bar} intent="info" layout="multiline" data-testid="county-prompt">
        <MessageBarBody>{t("pane.county.ask", params)}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" data-testid="county-accept" disabled={checking !== null || accept.busy} onClick={() => void accept.run()}>
            {t("pane.county.accept", params)}
          </Button>
          <Button size="small" data-testid="county-decline" onClick={() => session.declineCounty()}>
            {t("pane.county.decline")}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <ActionError error={accept.error} />
    </>
  );
}
