import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { UsageError } from "../../src/cli/args";
import { writeOutFile, writeOutStreamed } from "../../src/cli/out-file";
import { tempDir } from "../ports/file/fixtures";

/** The files the CLI writes: whole or not at all, and never over one it was not allowed to replace. */

const tmp = tempDir();
afterAll(() => tmp.remove());

function refusal(f: () => void): { key: string; params: Record<string, string | number> } {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return { key: e.key, params: e.params };
    throw e;
  }
  throw new Error("not refused");
}

const leftovers = () => readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"));

test("a new file is written whole, and nothing else is left in its directory", () => {
  writeOutFile(tmp.path("新.txt"), "内容", false);
  expect(readFileSync(tmp.path("新.txt"), "utf8")).toBe("内容");
  expect(leftovers()).toEqual([]);
});

test.each([
  ["a file", (p: string) => writeFileSync(p, "旧")],
  ["a dangling symlink", (p: string) => symlinkSync(tmp.path("无此文件"), p)],
])("an existing name (%s) is refused without force, and replaced with it", (what, make) => {
  const path = tmp.path(`已有-${what}.txt`);
  make(path);
  expect(refusal(() => writeOutFile(path, "新", false, "已有.txt"))).toEqual({ key: "cli.usage.exists", params: { file: "已有.txt" } });
  expect(leftovers()).toEqual([]);
  writeOutFile(path, "新", true);
  expect(readFileSync(path, "utf8")).toBe("新");
  expect(leftovers()).toEqual([]);
});

test("a folder that does not exist: refused in words naming the file and the folder, nothing left behind", () => {
  const r = refusal(() => writeOutFile(tmp.path("无此目录/报表.xlsx"), new Uint8Array([1, 2, 3]), false, "无此目录/报表.xlsx"));
  expect(r).toEqual({ key: "cli.usage.out-folder-missing", params: { file: "无此目录/报表.xlsx", folder: "无此目录" } });
  expect(leftovers()).toEqual([]);
});

test.each([
  ["ENOSPC", "cli.usage.write-disk-full"],
  ["EACCES", "cli.usage.write-denied"],
  ["EBUSY", "cli.usage.write-denied"],
  ["EROFS", "cli.usage.write-denied"],
  ["EIO", "cli.usage.write-failed"],
])("the file system's %s while writing is told as %s, the file not left half-written", async (code, key) => {
  const path = tmp.path(`失败-${code}.xlsx`);
  const failing = async (temp: string) => {
    writeFileSync(temp, "一半");
    throw Object.assign(new Error(code), { code });
  };
  await expect(writeOutStreamed(path, false, "全市.xlsx", failing)).rejects.toMatchObject({ key });
  expect(existsSync(path)).toBe(false);
  expect(leftovers()).toEqual([]);
});

test("replacing a symlink replaces the link, never the file behind it", () => {
  const target = tmp.path("别人的.txt");
  writeFileSync(target, "别动");
  const link = tmp.path("链接.txt");
  symlinkSync(target, link);
  writeOutFile(link, "新", true);
  expect(readFileSync(target, "utf8")).toBe("别动");
  expect(readFileSync(link, "utf8")).toBe("新");
});
