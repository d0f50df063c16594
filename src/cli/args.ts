import type { MessageKey } from "../core";
/**
 * A small argument parser: `--name value`, `--name=value`, flags, repeatable options, `--` to end options.
 * Hand-written rather than node:util's parseArgs so that every mistake becomes a UsageError with a message
 * key, worded in the user's language.
 */

export interface OptionSpec {
  /** Takes a value (`--out FILE`) rather than being a flag (`--force`). */
  value: boolean;
  /** May be given several times (`--map A=x --map B=y`); the values are kept in order. */
  multiple?: boolean;
  /** One-letter alias, as `-h`. */
  short?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  positionals: string[];
  /** Flags → true; options → their (last) value; repeatable options → all values. */
  options: Record<string, string | string[] | true>;
}

/** A mistake on the command line: exit status 2 and a message from the `cli.usage.*` keys. */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "UsageError";
  }
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs["options"] = {};
  const shorts = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else if (/^-[A-Za-z]$/.test(arg)) {
      name = shorts.get(arg.slice(1));
      if (!name) throw new UsageError("cli.usage.unknown-option", { option: arg });
    } else {
      // A lone "-" or a negative-looking word is a positional (a file may be named so).
      positionals.push(arg);
      continue;
    }
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError("cli.usage.unknown-option", { option: `--${name}` });
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError("cli.usage.flag-value", { option: `--${name}` });
      options[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) {
        throw new UsageError("cli.usage.missing-value", { option: `--${name}` });
      }
      value = next;
      i++;
    }
    if (spec.multiple) {
      const list = options[name];
      options[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      options[name] = value;
    }
  }
  return { positionals, options };
}

/** The value of a single-valued option, or undefined. */
export function optionString(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === "string" ? v : undefined;
}

export function optionList(args: ParsedArgs, name: string): string[] {
  const v = args.options[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}

export function optionFlag(args: ParsedArgs, name: string): boolean {
  return args.options[name] === true;
}
