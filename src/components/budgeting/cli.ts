import { computeOutcome, type ComputeOptions, type Rule } from "./domain/compute";
import { ElectionError } from "./domain/profile";
import type { Add1Stop, Completion, Explanation, Outcome, TieBreak, Utility } from "./domain/types";
import { PabulibParseError } from "./pabulib/parse-error";
import { readPabulibFile } from "./pabulib/read-file";
import { toElection } from "./pabulib/to-election";

const USAGE = `Usage: inspraak pb compute FILE.pb [options]

Computes the outcome of a participatory budget stored in pabulib format.

Options:
  --rule greedy|mes|phragmen          counting rule (default greedy)
  --utility cost|cardinality|points   MES utility (default: cost for approval, points otherwise)
  --completion none|add1|add1-greedy|greedy   MES completion (default none)
  --add1-stop exhaustive|overspend    when add1 stops (default exhaustive)
  --increment N                       add1 step per voter in currency units (default 1)
  --comparison                        keep the greedy outcome if more voters prefer it
  --tie-break id|votes                exact ties: project id, or votes then cost (default id)
  --min-votes N                       projects need at least N supporters
  --min-share X                       projects need supporters from at least share X (0-1)
  --json                              one JSON object instead of text
  --help                              this text`;

class UsageError extends Error {}

const CHOICES = {
  "--rule": ["greedy", "mes", "phragmen"],
  "--utility": ["cost", "cardinality", "points"],
  "--completion": ["none", "add1", "add1-greedy", "greedy"],
  "--add1-stop": ["exhaustive", "overspend"],
  "--tie-break": ["id", "votes"],
} as const;

interface Parsed {
  file: string;
  json: boolean;
  options: ComputeOptions;
}

function parseArgs(args: readonly string[]): Parsed {
  let file: string | undefined;
  let json = false;
  const o: { -readonly [K in keyof ComputeOptions]: ComputeOptions[K] } = { rule: "greedy" };
  const eligibility: { minVotes?: number; minShare?: number } = {};
  for (let x = 0; x < args.length; x++) {
    const arg = args[x]!;
    const value = () => {
      const v = args[++x];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    const number = (min: number, max = Number.POSITIVE_INFINITY) => {
      const text = value();
      const n = Number(text);
      if (text.trim() === "" || !Number.isFinite(n) || n < min || n > max)
        throw new UsageError(`${arg} needs a number from ${min}${max < Infinity ? ` to ${max}` : ""}, got "${text}"`);
      return n;
    };
    const choice = (flag: keyof typeof CHOICES) => {
      const v = value();
      if (!(CHOICES[flag] as readonly string[]).includes(v))
        throw new UsageError(`${flag} must be one of ${CHOICES[flag].join(", ")}, got "${v}"`);
      return v;
    };
    if (arg === "--json") json = true;
    else if (arg === "--comparison") o.comparison = true;
    else if (arg === "--rule") o.rule = choice(arg) as Rule;
    else if (arg === "--utility") o.utility = choice(arg) as Utility;
    else if (arg === "--completion") o.completion = choice(arg) as Completion;
    else if (arg === "--add1-stop") o.add1Stop = choice(arg) as Add1Stop;
    else if (arg === "--tie-break") o.tieBreak = choice(arg) as TieBreak;
    else if (arg === "--increment") o.increment = number(Number.MIN_VALUE);
    else if (arg === "--min-votes") eligibility.minVotes = number(0);
    else if (arg === "--min-share") eligibility.minShare = number(0, 1);
    else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`only one file, got "${file}" and "${arg}"`);
  }
  if (file === undefined) throw new UsageError("missing FILE.pb");
  return { file, json, options: { ...o, eligibility } };
}

/** `inspraak pb …`: argv starts after `pb`. Returns the exit code (0 ok, 1 bad file, 2 usage). */
export async function runPbCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
    out(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] !== "compute") {
    err(`inspraak pb: unknown command "${argv[0]}" (try: inspraak pb --help)`);
    return 2;
  }
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv.slice(1));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`inspraak pb compute: ${e.message} (try: inspraak pb --help)`);
    return 2;
  }
  let outcome: Outcome;
  try {
    const election = toElection(await readPabulibFile(parsed.file));
    outcome = computeOutcome(election, parsed.options);
  } catch (e) {
    if (e instanceof PabulibParseError || e instanceof ElectionError) err(`${parsed.file}: ${e.message}`);
    else if (e instanceof Error && "code" in e)
      err(`${parsed.file}: cannot read the file (${String((e as NodeJS.ErrnoException).code)})`);
    else throw e;
    return 1;
  }
  out(parsed.json ? JSON.stringify(toJson(outcome)) : toText(outcome));
  return 0;
}

function toJson(o: Outcome) {
  return {
    winners: o.winners,
    totalCost: o.totalCost,
    perVoterBudget: o.perVoterBudget,
    rule: o.rule,
    notes: o.notes,
    projects: o.projects,
  };
}

function toText(o: Outcome): string {
  const lines = [
    `Rule: ${o.rule}${
      Object.keys(o.notes).length
        ? ` (${Object.entries(o.notes)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")})`
        : ""
    }`,
    `Winners (${o.winners.length}): ${o.winners.join(", ")}`,
    `Total cost: ${o.totalCost}`,
  ];
  if (o.perVoterBudget !== null) lines.push(`Per-voter budget: ${o.perVoterBudget}`);
  lines.push("", "project\tcost\tvotes\tscore\tselected\twhy");
  for (const p of o.projects)
    lines.push(`${p.id}\t${p.cost}\t${p.votes}\t${p.score}\t${p.selected ? "yes" : "no"}\t${why(p.explanation)}`);
  return lines.join("\n");
}

const money = (n: number) => (Math.round(n * 100) / 100).toString();

function why(e: Explanation): string {
  switch (e.kind) {
    case "ineligible":
      return `not eligible (${e.rule} ${e.threshold})`;
    case "no-supporters":
      return "no supporters";
    case "greedy":
      return `rank ${e.rank}, ${money(e.moneyLeftAtTurn)} left at its turn${e.fitted ? "" : ", did not fit"}`;
    case "completion":
      return `added by greedy completion (rank ${e.rank}, ${money(e.moneyLeftAtTurn)} left)`;
    case "mes-funded":
      return `round ${e.round}: ${e.supporters} supporters paid up to ${money(e.paymentPerSupporter)} each (${e.supportersPayingAll} paid all they had)`;
    case "mes-unaffordable":
      return `supporters had ${money(e.supportersMoneyLeft)} left, needed ${e.needed}`;
    case "phragmen":
      return e.fitted ? `round ${e.round}, load ${money(e.load ?? 0)}` : "not bought";
  }
}
