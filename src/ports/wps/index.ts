/** The WPS port: the task pane loads it (lazily) when it runs inside WPS 表格. */

export { createWpsPort, NoWorkbookError, SHEET_CHANGE, wpsApplication } from "./wps-port";
export type { EtApplication } from "./et";
