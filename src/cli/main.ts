import { KINDS, type MessageKey, REPORT_TABS, t } from "../core";
import { parseArgs, UsageError } from "./args";
import { COMMANDS, version } from "./commands";
import { processIo, type CliIo } from "./io";
import { langHint, langOf } from "./options";

/** The lists the help names, from the declarations: ledger kinds (for --map) and report tabs (for --tabs). */
function helpLists(): { kinds: string; tabs: string } {
  return { kinds: [...KINDS.map((k) => k.kind), "none"].join(", "), tabs: REPORT_TABS.join(",") };
}

/**
 * gx-ledger: check ledgers from the command line (INTERFACES.md). Returns the exit status: 0 every file ready,
 * 1 any not ready, 2 a usage error or an unreadable file. Bad input never shows a stack trace.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let lang = langHint(argv);
  const [name, ...rest] = argv;
  try {
    if (name === "--version" || name === "-V") {
      io.stdout.write(`gx-ledger ${version}\n`);
      return 0;
    }
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      (name === undefined ? io.stderr : io.stdout).write(t(lang, "cli.help.main", { version }) + "\n");
      return name === undefined ? 2 : 0;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError("cli.usage.unknown-command", { command: name });
    const args = parseArgs(rest, command.options);
    lang = langOf(args);
    if (args.options.help === true) {
      io.stdout.write(t(lang, `cli.help.${name}` as MessageKey, helpLists()) + "\n");
      return 0;
    }
    return await command.run(args, lang, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const help = name && Object.prototype.hasOwnProperty.call(COMMANDS, name) ? ` ${name}` : "";
      io.stderr.write(`gx-ledger: ${t(lang, e.key, e.params)}\n${t(lang, "cli.usage.see-help", { command: help })}\n`);
    } else {
      io.stderr.write(`gx-ledger: ${t(lang, "cli.error.internal", { detail: e instanceof Error ? e.message : String(e) })}\n`);
    }
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), processIo()).then((status) => {
    process.exitCode = status;
  });
}
