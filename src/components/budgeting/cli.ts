import { choiceOption, numberOption, parseCommandLine, UsageError } from "../../cli/args";
import { computeOutcome, type ComputeOptions, type Rule } from "./domain/compute";
import { ElectionError } from "./domain/profile";
import type {
  Add1Stop,
  Completion,
  Explanation,
  GreedyOrder,
  Outcome,
  PhragmenStop,
  TieBreak,
  Utility,
} from "./domain/types";
import { PabulibParseError } from "./pabulib/parse-error";
import { readPabulibFile } from "./pabulib/read-file";
import { toElection } from "./pabulib/to-election";

const USAGE = `Usage: inspraak pb compute FILE.pb [options]
       inspraak pb codes --process ID --count N [--out FILE.csv]
       inspraak pb import FILE.pb --site SLUG [--title T] [--method M]

compute: the outcome of a participatory budget stored in pabulib format (no database needed).
codes:   one-time voting codes for a process, as CSV (letters with a code).
import:  a pabulib file as a finished process with results on the site SLUG.

Options of compute:
  --rule greedy|mes|phragmen          counting rule (default greedy)
  --utility cost|cardinality|points   MES utility (default: cost for approval, points otherwise)
  --completion none|add1|add1-greedy|greedy   MES completion (default none)
  --add1-stop exhaustive|overspend    when add1 stops (default exhaustive)
  --increment N                       add1 step per voter in currency units, at least 0.01 (default 1)
  --comparison                        keep the greedy outcome if more voters prefer it
  --greedy-order votes|votes-per-cost greedy's order: votes, or votes per unit of cost as
                                      pabutools' greedy utilitarian rule (default votes)
  --phragmen-stop skip|first-overflow Phragmén when the next project does not fit: skip it and go
                                      on, or stop as the textbook rule and pabutools (default skip)
  --tie-break id|votes                exact ties: project id, or votes then cost (default id)
  --irresolute                        do not settle ties silently: list every exact tie that
                                      decided a winner, and exit with code 3 when there is one
  --min-votes N                       projects need at least N supporters
  --min-share X                       projects need supporters from at least share X (0-1)
  --json                              one JSON object instead of text
  --help                              this text`;

const RULES = ["greedy", "mes", "phragmen"] as const satisfies readonly Rule[];
const UTILITIES = ["cost", "cardinality", "points"] as const satisfies readonly Utility[];
const COMPLETIONS = ["none", "add1", "add1-greedy", "greedy"] as const satisfies readonly Completion[];
const ADD1_STOPS = ["exhaustive", "overspend"] as const satisfies readonly Add1Stop[];
const TIE_BREAKS = ["id", "votes"] as const satisfies readonly TieBreak[];
const GREEDY_ORDERS = ["votes", "votes-per-cost"] as const satisfies readonly GreedyOrder[];
const PHRAGMEN_STOPS = ["skip", "first-overflow"] as const satisfies readonly PhragmenStop[];

/** Exit code of `compute --irresolute` when the outcome rests on a tie (0 ok, 1 bad file, 2 usage). */
export const EXIT_TIED = 3;

interface Parsed {
  file: string;
  json: boolean;
  irresolute: boolean;
  options: ComputeOptions;
}

/** `compute FILE.pb [options]`, after the word `compute`. Throws UsageError on wrong usage. */
function parseComputeArgs(argv: readonly string[]): Parsed {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      rule: { type: "string" },
      utility: { type: "string" },
      completion: { type: "string" },
      "add1-stop": { type: "string" },
      increment: { type: "string" },
      comparison: { type: "boolean" },
      "tie-break": { type: "string" },
      "greedy-order": { type: "string" },
      "phragmen-stop": { type: "string" },
      irresolute: { type: "boolean" },
      "min-votes": { type: "string" },
      "min-share": { type: "string" },
      json: { type: "boolean" },
    },
    ["FILE.pb"],
  );
  const options: ComputeOptions = {
    rule: choiceOption(values.rule, "rule", RULES) ?? "greedy",
    utility: choiceOption(values.utility, "utility", UTILITIES),
    completion: choiceOption(values.completion, "completion", COMPLETIONS),
    add1Stop: choiceOption(values["add1-stop"], "add1-stop", ADD1_STOPS),
    tieBreak: choiceOption(values["tie-break"], "tie-break", TIE_BREAKS),
    greedyOrder: choiceOption(values["greedy-order"], "greedy-order", GREEDY_ORDERS),
    phragmenStop: choiceOption(values["phragmen-stop"], "phragmen-stop", PHRAGMEN_STOPS),
    // A step below one cent buys nothing: the smallest currency unit bounds --increment.
    increment: numberOption(values.increment, "increment", { min: 0.01 }),
    comparison: values.comparison,
    eligibility: {
      minVotes: numberOption(values["min-votes"], "min-votes", { min: 0 }),
      minShare: numberOption(values["min-share"], "min-share", { min: 0, max: 1 }),
    },
  };
  return { file: positionals[0]!, json: values.json === true, irresolute: values.irresolute === true, options };
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
    parsed = parseComputeArgs(argv.slice(1));
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
  if (parsed.json) out(JSON.stringify(toJson(outcome, parsed.irresolute)));
  else out(toText(outcome) + (parsed.irresolute ? tiesText(outcome) : ""));
  return parsed.irresolute && outcome.ties.length > 0 ? EXIT_TIED : 0;
}

function toJson(o: Outcome, irresolute: boolean) {
  return {
    winners: o.winners,
    totalCost: o.totalCost,
    perVoterBudget: o.perVoterBudget,
    rule: o.rule,
    notes: o.notes,
    projects: o.projects,
    ...(irresolute ? { resolute: o.ties.length === 0, ties: o.ties } : {}),
  };
}

function tiesText(o: Outcome): string {
  if (o.ties.length === 0) return "\n\nNo ties: the votes alone decided every winner.";
  const lines = o.ties.map(
    (t) => `step ${t.step}: ${t.projects.join(", ")} exactly tied; the tie-break chose ${t.chosen.join(", ")}`,
  );
  return `\n\nThe outcome rests on ${o.ties.length} tie(s) that --tie-break settled:\n${lines.join("\n")}`;
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
      return (
        `round ${e.round}: ${e.supporters} supporters paid up to ${money(e.paymentPerSupporter)} each ` +
        `(${e.supportersPayingAll} paid all they had)`
      );
    case "mes-unaffordable":
      return `supporters had ${money(e.supportersMoneyLeft)} left, needed ${e.needed}`;
    case "phragmen":
      return e.fitted ? `round ${e.round}, load ${money(e.load ?? 0)}` : "not bought";
  }
}
