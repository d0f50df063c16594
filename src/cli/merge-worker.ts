/** The worker thread of `gx-ledger merge` (merge-read.ts): reads the sources it is given, one at a time. */

import { parentPort } from "worker_threads";
import { readSource, type SourceJob } from "./merge-read";

parentPort?.on("message", (msg: { id: number; job: SourceJob }) => {
  void readSource(msg.job).then((input) => parentPort?.postMessage({ id: msg.id, input }));
});
