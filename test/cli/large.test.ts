import { makeBig } from "../../scripts/make-big";
import { tempDir } from "../ports/file/fixtures";
import { run } from "./helpers";

/**
 * A large ledger goes through the streaming reader and the whole check. Not a timing test: the 100,000-row
 * measurement is made once by hand (`npx tsx scripts/make-big.ts`), see the report of this issue.
 */

const tmp = tempDir();
afterAll(() => tmp.remove());
jest.setTimeout(120000);

test("a 20,000-row workbook is checked to the end", async () => {
  const file = tmp.path("big.xlsx");
  await makeBig(file, 20000);
  const r = await run(["check", file, "--format", "json"]);
  const f = JSON.parse(r.stdout).files[0];
  expect(f.sheets).toEqual([{ sheet: "百家重点企业", kind: "key-enterprises", headerRow: 1, records: 20000 }]);
  // Clean data: only the list's length differs from the plan's 百家.
  expect(f.issues.map((i: { rule: string }) => i.rule)).toEqual(["ledger.count"]);
  expect(r.status).toBe(1);
});
