/**
 * Reading the sources of `gx-ledger merge`: each file read, checked and reduced to its records (MergeSource) in
 * a worker thread, one per core (MERGE.md "Scale"; the bound keeps memory to a few workbooks being read,
 * whatever the batch), so that the main thread only gathers records. Where a worker cannot start, the files are
 * read here instead.
 */

import { availableParallelism } from "os";
import { basename, join } from "path";
import { Worker } from "worker_threads";
import { checkWorkbook, type Lang, type MergeInput, mergeSource, type Profile, shareStrings, t } from "../core";
import { readXlsxFile } from "../ports/file/node/index";
import { isFileRefusal } from "../ports/file/shared/refusal";

export interface SourceJob {
  /** Absolute path. */
  path: string;
  /** Its name in the roll-up (source-files.ts sourceNames); the file's name when not given. */
  name?: string;
  profile?: Profile;
  period?: number;
  /** The calendar day (ms), for a period derived from it. */
  today: number;
  lang: Lang;
}

/** Reads, checks and reduces one source; a file that cannot be read becomes its reason, in the user's language. */
export async function readSource(job: SourceJob): Promise<MergeInput> {
  const file = job.name ?? basename(job.path);
  try {
    const wb = await readXlsxFile(job.path);
    const check = checkWorkbook(wb, { profile: job.profile, period: job.period, today: new Date(job.today) });
    return { ...mergeSource(wb, check), file };
  } catch (e) {
    if (isFileRefusal(e)) return { file, error: t(job.lang, e.key, e.params) };
    return { file, error: t(job.lang, "file.corrupt") };
  }
}

/**
 * Reader threads at most, whatever the cores: each holds a workbook being read (about 80 MB for one of 5,000
 * records), beside the records gathered here (about 700 MB for 200 × 5,000), and MERGE.md bounds the whole at 1 GB.
 */
export const MAX_READERS = 3;

/** At most this many files are read at once: one per core the process may use, up to MAX_READERS. */
export const POOL_SIZE = Math.max(1, Math.min(availableParallelism(), MAX_READERS));

// The CLI runs TypeScript through tsx's require hook, which a worker thread must register for itself.
const WORKER_CODE = `require("tsx/cjs/api").register(); require(${JSON.stringify(join(__dirname, "merge-worker.ts"))});`;

type Reply = { id: number; input: MergeInput };

/**
 * Every job's result, in the jobs' order; `onRead` hears of each as it is done (for progress). Jobs a worker
 * could not finish (it failed to start, or stopped) are read in this thread.
 */
export async function readSources(jobs: readonly SourceJob[], onRead: (i: number, input: MergeInput) => void): Promise<MergeInput[]> {
  const results: (MergeInput | undefined)[] = new Array(jobs.length);
  let next = 0;
  const shared = new Map<string, string>();
  const done = (i: number, input: MergeInput) => {
    shareStrings(input, shared);
    results[i] = input;
    onRead(i, input);
  };
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(WORKER_CODE, { eval: true });
      } catch {
        resolve();
        return;
      }
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage({ id: current, job: jobs[current] });
      };
      worker.on("message", (reply: Reply) => {
        done(reply.id, reply.input);
        feed();
      });
      // A worker that fails leaves its job (and the rest, to the other worker or to this thread).
      worker.on("error", () => resolve());
      worker.on("exit", () => resolve());
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(POOL_SIZE, jobs.length) }, runWorker));
  for (const [i, job] of jobs.entries()) if (results[i] === undefined) done(i, await readSource(job));
  return results as MergeInput[];
}
