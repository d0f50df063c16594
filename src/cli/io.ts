/** What the CLI needs from its process, so that tests can run main() in-process with captured output. */
export interface CliStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** The calendar day for the reporting period when nothing else sets it. */
  today: Date;
}

/**
 * A reader that stops early (`gx-ledger rules | head`) closes the pipe. What is left unsaid is no failure: the
 * command goes on to its end (a file it writes is still written) and exits with its own status, with no stack
 * trace. Any other failure of the stream is still thrown.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") throw e;
  });
}

export function processIo(): CliIo {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), today: new Date() };
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColour(stream: CliStream, env: CliIo["env"]): boolean {
  return !!stream.isTTY && !env.NO_COLOR;
}
