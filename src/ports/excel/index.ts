/** The Excel port: the task pane loads it (lazily) when it runs inside Excel. */

export { createExcelPort, type ExcelPortTuning } from "./excel-port";
export type { ExcelRunner } from "./events";
