/**
 * The ribbon's callbacks (ribbon.xml names them): one button, 工信台账, that shows the task pane, or hides it when
 * it is showing. The pane is created once and found again by its id in PluginStorage, as WPS's own templates do.
 */

export interface WpsTaskPane {
  readonly ID: string | number;
  Visible: boolean;
}

export interface WpsAddinApp {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: string | number): WpsTaskPane | null;
  PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
}

export const PANE_BUTTON = "gxOpenPane";
const PANE_KEY = "gx-ledger.taskpane";

export function createRibbon(app: () => WpsAddinApp | null, paneUrl: string) {
  const pane = (a: WpsAddinApp): WpsTaskPane | null => {
    const id = a.PluginStorage.getItem(PANE_KEY);
    return id === null || id === undefined || id === "" ? null : a.GetTaskPane(id as string);
  };
  return {
    OnAddinLoad(): boolean {
      return true;
    },
    OnAction(control: { Id: string }): void {
      const a = app();
      if (!a || control.Id !== PANE_BUTTON) return;
      const existing = pane(a);
      if (existing) {
        existing.Visible = !existing.Visible;
        return;
      }
      const created = a.CreateTaskPane(paneUrl, "工信台账助手");
      a.PluginStorage.setItem(PANE_KEY, created.ID);
      created.Visible = true;
    },
    GetImage(): string {
      return "images/icon-32.png";
    },
    OnGetEnabled(): boolean {
      return true;
    },
  };
}
