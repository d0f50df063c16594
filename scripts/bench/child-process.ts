import { spawn } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const CHILD = join(__dirname, "child.ts");

/** Runs one measure in a fresh node, through tsx as the CLI runs. */
export function child<T>(task: string, args: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--import", "tsx", CHILD, task, JSON.stringify(args)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.stderr.on("data", (d: Buffer) => (err += d.toString()));
    p.on("error", reject);
    p.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code === 0 && last.startsWith("{")) resolve(JSON.parse(last) as T);
      else reject(new Error(`bench ${task} failed (exit ${code}): ${err.trim() || out.trim()}`));
    });
  });
}

