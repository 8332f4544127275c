// Arguments of every `inspraak` command, parsed by node:util parseArgs (strict: an unknown option
// is an error). Its errors, and the value checks below, become one-line UsageErrors that name the
// option; the commands answer them with exit code 2.
import { type ParseArgsConfig, parseArgs } from "node:util";

export class UsageError extends Error {}

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/**
 * Options as declared, and exactly the named positional arguments (in order): a missing one is
 * "missing NAME", an extra one "unexpected argument".
 */
export function parseCommandLine<const O extends OptionsConfig>(
  argv: readonly string[],
  options: O,
  positionalNames: readonly string[] = [],
) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw toUsageError(error);
  }
  const { positionals } = parsed;
  if (positionals.length < positionalNames.length)
    throw new UsageError(`missing ${positionalNames[positionals.length]}`);
  if (positionals.length > positionalNames.length)
    throw new UsageError(`unexpected argument "${positionals[positionalNames.length]}"`);
  return parsed;
}

function toUsageError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : "";
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? "an option";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError(`unknown option ${option}`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return new UsageError(message.includes("does not take") ? `${option} takes no value` : `${option} needs a value`);
  return error;
}

/** A string option that must be given, and not empty. */
export function requiredOption(value: string | undefined, name: string): string {
  if (value === undefined || value === "") throw new UsageError(`--${name} is required`);
  return value;
}

/** One of a fixed set of words, or undefined when the option was not given. */
export function choiceOption<const C extends readonly string[]>(
  value: string | undefined,
  name: string,
  choices: C,
): C[number] | undefined {
  if (value !== undefined && !choices.includes(value))
    throw new UsageError(`--${name} must be one of ${choices.join(", ")}, got "${value}"`);
  return value;
}

/** A number in [min, max] (whole when asked), or undefined when the option was not given. */
export function numberOption(
  value: string | undefined,
  name: string,
  range: { min: number; max?: number; whole?: boolean },
): number | undefined {
  if (value === undefined) return undefined;
  const { min, max = Number.POSITIVE_INFINITY, whole = false } = range;
  const n = Number(value);
  const valid = value.trim() !== "" && Number.isFinite(n) && n >= min && n <= max && (!whole || /^\d+$/.test(value));
  if (!valid) {
    const span = `${min}${max < Number.POSITIVE_INFINITY ? ` to ${max}` : ""}`;
    throw new UsageError(`--${name} needs a ${whole ? "whole number" : "number"} from ${span}, got "${value}"`);
  }
  return n;
}
