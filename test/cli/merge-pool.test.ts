/**
 * MERGE.md "Scale": sources are read in worker threads, one per core, never more at once. The cores and the
 * threads are stood in for here (four cores; a thread that reads its job in this process, a little later), so
 * that what is counted is the pool's own behaviour on a machine that is not this one.
 */

import { EventEmitter } from "events";
import type { SourceJob } from "../../src/cli/merge-read";

const CORES = 4;
jest.mock("os", () => ({ ...jest.requireActual<typeof import("os")>("os"), availableParallelism: () => CORES }));

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

// After the mocks: the pool's size is taken when its module loads.
import { POOL_SIZE, readSources } from "../../src/cli/merge-read";

const jobs = (n: number): SourceJob[] => Array.from({ length: n }, (_, i) => ({ path: `/nowhere/县区${i + 1}.xlsx`, today: 0, lang: "zh-CN" }));

beforeEach(() => {
  started.length = 0;
  reading = 0;
  mostAtOnce = 0;
});

test("one reader thread per core, never more files read at once, every result in the sources' order", async () => {
  expect(POOL_SIZE).toBe(CORES);
  const heard: number[] = [];
  const inputs = await readSources(jobs(9), (i) => heard.push(i));
  expect(started).toHaveLength(CORES);
  expect(mostAtOnce).toBe(CORES);
  expect(inputs.map((x) => x.file)).toEqual(jobs(9).map((j) => j.path.slice("/nowhere/".length)));
  expect([...heard].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
});

test("fewer files than cores: one thread per file", async () => {
  await readSources(jobs(2), () => undefined);
  expect(started).toHaveLength(2);
});
