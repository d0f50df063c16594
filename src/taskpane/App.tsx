import { Body1, Caption1, FluentProvider, Title2, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { detectHost, type Host } from "./host";
import { VERSION } from "./version";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
});

const HOST_TEXT: Record<Host, string> = {
  excel: "已连接 Excel · Running in Excel",
  standalone: "独立页面（未连接 Excel）· Standalone page",
};

/** The shell of the task pane: name, version and where it runs. The working pane replaces the body later. */
export function App() {
  const styles = useStyles();
  const [host, setHost] = useState<Host | null>(null);

  useEffect(() => {
    let live = true;
    detectHost().then(
      (found) => live && setHost(found),
      () => live && setHost("standalone"),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title2 as="h1">工信台账助手</Title2>
        <Body1>GX Ledger</Body1>
        <Caption1 data-testid="version">版本 Version {VERSION}</Caption1>
        <Caption1 data-testid="host">{host ? HOST_TEXT[host] : "正在连接 Office… · Connecting to Office…"}</Caption1>
      </main>
    </FluentProvider>
  );
}
