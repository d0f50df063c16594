/**
 * A browser that will not start the file worker (a page opened from a shared folder as file://, a strict
 * Content-Security-Policy): the page reads the workbook itself, and everything works the same.
 */

import { readFileSync } from "fs";
import { join } from "path";
import { openWorkbookFile } from "../../../src/ports/file/browser/browser-port";
import { readXlsx } from "../../../src/ports/file/shared/read";

const SAMPLE = join(__dirname, "../../../samples/样例台账.xlsx");
const refused = jest.fn(() => {
  throw new Error("Failed to construct 'Worker': Script cannot be accessed from origin 'null'.");
});

jest.mock("../../../src/ports/file/browser/worker-start", () => ({ startFileWorker: () => refused() }));

const scope = globalThis as { Worker?: unknown };

beforeAll(() => {
  // A browser: Worker exists (Node has none).
  scope.Worker = function Worker() {};
});

afterAll(() => {
  delete scope.Worker;
});

test("the workbook is read in the page when the worker is refused", async () => {
  const bytes = readFileSync(SAMPLE);
  const port = await openWorkbookFile(new Blob([bytes]), "样例台账.xlsx");
  expect(refused).toHaveBeenCalledTimes(1);
  expect(await port.read()).toEqual(await readXlsx(bytes, "样例台账.xlsx"));
  expect((await port.download()).size).toBeGreaterThan(0);
});
