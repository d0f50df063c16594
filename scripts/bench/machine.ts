/** The machine the figures came from, as the README quotes it. */
import { readFileSync } from "fs";
import os from "os";

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started and ended: other work on the machine slows every figure. */
  loadStart: number;
  loadEnd?: number;
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) return m[1].trim();
  } catch {
    // Not Linux: os.cpus() names the model too.
  }
  return os.cpus()[0]?.model ?? "unknown";
}

export function machine(): Machine {
  return {
    nproc: os.availableParallelism(),
    cpu: cpuModel(),
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadStart: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

export function loadNow(): number {
  return Math.round(os.loadavg()[0] * 100) / 100;
}
