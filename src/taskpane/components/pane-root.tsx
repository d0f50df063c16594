import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { i18n as I18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import type { Host } from "../host";
import type { Session } from "../session";
import { SessionProvider } from "../session-context";
import { Pane } from "./pane";

/** The pane with everything it needs around it: theme, words, session. Tests render this with their own session. */
export function PaneRoot({ session, i18n, theme, host }: { session: Session; i18n: I18n; theme: Theme; host: Host | null }) {
  return (
    <FluentProvider theme={theme}>
      <I18nextProvider i18n={i18n}>
        <SessionProvider session={session}>
          <Pane host={host} />
        </SessionProvider>
      </I18nextProvider>
    </FluentProvider>
  );
}
