import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { usePaneT } from "../i18n";
import type { Note } from "../notes";

export function ActionError({ error }: { error: Note | null }) {
  const { t } = usePaneT();
  if (!error) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{t(error.key, error.params)}</MessageBarBody>
    </MessageBar>
  );
}
