/**
 * MERGE.md "Scale": sources are read in worker threads, one per core, never more at once, and never so many that
 * the workbooks being read break the memory bound. The cores and the threads are stood in for here (a thread
 * reads its job in this process, a little later), so that what is counted is the pool's own behaviour on a
 * machine that is not this one.
 */

import { EventEmitter } from "events";
import type { SourceJob } from "../../src/cli/merge-read";

let cores = 3;
jest.mock("os", () => ({ ...jest.requireActual<typeof import("os")>("os"), availableParallelism: () => cores }));

const started: FakeWorker[] = [];
let reading = 0;
let mostAtOnce = 0;

class FakeWorker extends EventEmitter {
  constructor() {
    super();
    started.push(this);
  }

  postMessage(msg: { id: number; job: SourceJob }): void {
    reading++;
    mostAtOnce = Math.max(mostAtOnce, reading);
    setTimeout(() => {
      const { readSource } = jest.requireActual<typeof import("../../src/cli/merge-read")>("../../src/cli/merge-read");
      void readSource(msg.job).then((input) => {
        reading--;
        this.emit("message", { id: msg.id, input });
      });
    }, 5);
  }

  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}

jest.mock("worker_threads", () => ({ ...jest.requireActual<typeof import("worker_threads")>("worker_threads"), Worker: FakeWorker }));

type Pool = typeof import("../../src/cli/merge-read");

/** The pool's module as it loads on a machine with this many cores (its size is taken when it loads). */
function poolOn(n: number): Pool {
  cores = n;
  let pool: Pool | undefined;
  jest.isolateModules(() => {
    pool = jest.requireActual<Pool>("../../src/cli/merge-read");
  });
  return pool as Pool;
}

const jobs = (n: number): SourceJob[] => Array.from({ length: n }, (_, i) => ({ path: `/nowhere/县区${i + 1}.xlsx`, today: 0, lang: "zh-CN" }));

beforeEach(() => {
  started.length = 0;
  reading = 0;
  mostAtOnce = 0;
});

test("one reader thread per core, never more files read at once, every result in the sources' order", async () => {
  const heard: number[] = [];
  const inputs = await poolOn(3).readSources(jobs(9), (i) => heard.push(i));
  expect(started).toHaveLength(3);
  expect(mostAtOnce).toBe(3);
  expect(inputs.map((x) => x.file)).toEqual(jobs(9).map((j) => j.path.slice("/nowhere/".length)));
  expect([...heard].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
});

test("fewer files than cores: one thread per file", async () => {
  await poolOn(3).readSources(jobs(2), () => undefined);
  expect(started).toHaveLength(2);
});

test("a machine of many cores reads no more files at once than memory allows", async () => {
  const pool = poolOn(16);
  await pool.readSources(jobs(20), () => undefined);
  expect(started).toHaveLength(pool.MAX_READERS);
  expect(mostAtOnce).toBe(pool.MAX_READERS);
  expect(pool.MAX_READERS).toBeLessThan(16);
});

test("one core: one reader thread", async () => {
  await poolOn(1).readSources(jobs(3), () => undefined);
  expect(started).toHaveLength(1);
  expect(mostAtOnce).toBe(1);
});
