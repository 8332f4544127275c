import { parseCommandLine, UsageError } from "../../cli/args";
import { analyzeConversation } from "./domain/analyze-conversation";
import type { OpinionAnalysis } from "./domain/types";
import { compareWithPolis } from "./opendata/compare-with-polis";
import { OpenDataParseError } from "./opendata/parse-error";
import { readExportDirectory } from "./opendata/read-export-directory";
import { toConversationInput } from "./opendata/to-conversation-input";

const usage = `usage: inspraak opinions analyze DIR [--json]
       inspraak opinions compare DIR
       inspraak opinions import DIR --site SLUG [--topic TOPIC]
  analyze  groups, representative and consensus statements of a Pol.is openData export
           (DIR holds comments.csv and votes.csv)
  compare  our groups next to the group-id column of DIR/participants-votes.csv
  import   the export as a closed conversation on the site SLUG, with its map`;

/**
 * `inspraak opinions …` (argv starts after "opinions"). Returns the exit code: 0 success,
 * 1 unreadable or malformed input, 2 wrong usage.
 */
export async function runOpinionsCli(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    out(usage);
    return 0;
  }
  let dir: string;
  let json: boolean;
  try {
    ({ dir, json } = parseOpinionsArgs(command, rest));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`inspraak opinions: ${error.message} (try: inspraak opinions --help)`);
    return 2;
  }
  try {
    const data = await readExportDirectory(dir);
    if (command === "compare") {
      out(JSON.stringify(compareWithPolis(data).comparison, null, 2));
      return 0;
    }
    const analysis = analyzeConversation(toConversationInput(data));
    out(json ? JSON.stringify(summaryJson(analysis)) : summaryText(analysis));
    return 0;
  } catch (error) {
    if (error instanceof OpenDataParseError) err(`invalid export: ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code === "ENOENT")
      err(`not found: ${(error as Error & { path?: string }).path}`);
    else throw error;
    return 1;
  }
}

function parseOpinionsArgs(command: string | undefined, rest: string[]): { dir: string; json: boolean } {
  if (command === "analyze") {
    const { values, positionals } = parseCommandLine(rest, { json: { type: "boolean" } }, ["DIR"]);
    return { dir: positionals[0]!, json: values.json === true };
  }
  if (command === "compare") return { dir: parseCommandLine(rest, {}, ["DIR"]).positionals[0]!, json: true };
  throw new UsageError(command ? `unknown command "${command}"` : "missing a command");
}

/** The documented CLI shape: groups, consensus and unplaced participants only. */
export function summaryJson(analysis: OpinionAnalysis) {
  return {
    groups: analysis.groups.map((g) => ({
      id: g.id,
      participants: g.participants,
      representative: g.representative.map((r) => ({ statement: r.statement, direction: r.direction })),
    })),
    consensus: {
      agree: analysis.consensus.agree.map((c) => c.statement),
      disagree: analysis.consensus.disagree.map((c) => c.statement),
    },
    unplaced: analysis.unplaced,
  };
}

function summaryText(analysis: OpinionAnalysis): string {
  const lines = [
    `${analysis.positions.length} participants placed in ${analysis.groups.length} groups, ` +
      `${analysis.unplaced.length} unplaced`,
  ];
  for (const g of analysis.groups) {
    const rep = g.representative.map((r) => `${r.direction === "agree" ? "+" : "-"}${r.statement}`).join(" ");
    lines.push(`group ${g.id}: ${g.participants.length} participants; representative: ${rep || "none"}`);
  }
  lines.push(`consensus agree: ${analysis.consensus.agree.map((c) => c.statement).join(" ") || "none"}`);
  lines.push(`consensus disagree: ${analysis.consensus.disagree.map((c) => c.statement).join(" ") || "none"}`);
  return lines.join("\n");
}
