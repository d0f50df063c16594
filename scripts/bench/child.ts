/**
 * One measure in a process of its own (peak memory is then the measure's alone):
 * `node --import tsx scripts/bench/child.ts TASK 'JSON-ARGS'` prints one line of JSON.
 */

import { cliRun } from "./cli";
import { measureEngine } from "./engine";
import { measureFunctions } from "./functions";
import { measureHistory } from "./history";
import { mergeRun, readAlone } from "./merge";
import { measureOffice } from "./office";
import { reportRun } from "./report";

type Args = { records?: number; runs?: number; file?: string; files?: string[]; out?: string };

async function run(task: string, args: Args): Promise<unknown> {
  switch (task) {
    case "engine":
      return measureEngine(args.records ?? 0, args.runs ?? 1);
    case "history":
      return measureHistory(args.records ?? 0, args.runs ?? 1);
    case "cli":
      return cliRun(args.file ?? "");
    case "report":
      return reportRun(args.file ?? "");
    case "office":
      return measureOffice(args.records ?? 0);
    case "merge-read":
      return readAlone(args.files ?? []);
    case "merge-read-check":
      return readAlone(args.files ?? [], true);
    case "merge":
      return mergeRun(args.files ?? [], args.out ?? "");
    case "functions":
      return measureFunctions(args.runs ?? 1);
    default:
      throw new Error(`unknown bench task ${task}`);
  }
}

const [task, json] = process.argv.slice(2);
run(task, JSON.parse(json ?? "{}") as Args).then(
  (out) => process.stdout.write(JSON.stringify(out) + "\n"),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
