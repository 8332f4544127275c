import { isAmount, MAX_AMOUNT } from "../domain/amounts";
import { parseScoring } from "../domain/ordinal-scoring";
import type { Ballot, BallotKind, Election, Project } from "../domain/types";
import { PabulibParseError } from "./parse-error";
import { type PbFile, type PbTable, column, metaValue } from "./pb-file";

const KINDS: Record<string, BallotKind> = {
  approval: "approval",
  "choose-1": "approval",
  cumulative: "cumulative",
  ordinal: "ordinal",
  scoring: "cumulative",
};

/**
 * Turns a parsed file into the domain's Election. Checks what the rules rely on (whole-number
 * costs and budget within the amount range, whole points, known project ids) and reports the
 * offending line.
 */
export function toElection(pb: PbFile): Election {
  const metaLine = 1;
  const typeText = metaValue(pb, "vote_type") ?? "approval";
  const kind = KINDS[typeText];
  if (!kind) throw new PabulibParseError(metaLine, `vote_type approval, cumulative or ordinal, found "${typeText}"`);
  const budgetText = metaValue(pb, "budget");
  const budget = Number(budgetText);
  if (budgetText === undefined || !isAmount(budget)) {
    throw new PabulibParseError(
      metaLine,
      `a META "budget" that is a whole number from 0 to ${MAX_AMOUNT}, found "${budgetText ?? ""}"`,
    );
  }
  const projects = readProjects(pb.projects);
  const known = new Set(projects.map((p) => p.id));
  const ballots = readBallots(pb.votes, kind, known);
  const scoring = parseScoring(metaValue(pb, "scoring"));
  return { kind, budget, projects, ballots, ...(scoring ? { ordinalScoring: scoring } : {}) };
}

function lineOf(table: PbTable, row: number): number {
  return table.lines?.[row] ?? row + 1;
}

function readProjects(table: PbTable): Project[] {
  const idCol = column(table, "project_id");
  const costCol = column(table, "cost");
  const nameCol = column(table, "name");
  const seen = new Set<string>();
  return table.rows.map((row, r) => {
    const id = row[idCol]!.trim();
    const cost = Number(row[costCol]);
    if (id === "" || seen.has(id)) throw new PabulibParseError(lineOf(table, r), `a unique project_id, found "${id}"`);
    if (!isAmount(cost))
      throw new PabulibParseError(
        lineOf(table, r),
        `a whole-number cost from 0 to ${MAX_AMOUNT}, found "${row[costCol]}"`,
      );
    seen.add(id);
    return nameCol >= 0 ? { id, cost, name: row[nameCol]! } : { id, cost };
  });
}

function readBallots(table: PbTable, kind: BallotKind, known: Set<string>): Ballot[] {
  const voteCol = column(table, "vote");
  const pointsCol = column(table, "points");
  if (kind === "cumulative" && pointsCol < 0)
    throw new PabulibParseError(lineOf(table, 0), 'a "points" column for cumulative votes');
  return table.rows.map((row, r) => {
    const text = row[voteCol]!.trim();
    const projects = text === "" ? [] : text.split(",").map((p) => p.trim());
    for (const p of projects) {
      if (!known.has(p))
        throw new PabulibParseError(lineOf(table, r), `project ids from PROJECTS in "vote", found unknown "${p}"`);
    }
    if (new Set(projects).size !== projects.length)
      throw new PabulibParseError(lineOf(table, r), 'each project at most once in "vote"');
    if (kind !== "cumulative") return { projects };
    const pointsText = row[pointsCol]!.trim();
    const points = pointsText === "" ? [] : pointsText.split(",").map(Number);
    if (points.length !== projects.length || points.some((p) => !Number.isSafeInteger(p) || p < 0)) {
      throw new PabulibParseError(
        lineOf(table, r),
        `${projects.length} whole-number points in "points", found "${pointsText}"`,
      );
    }
    return { projects, points };
  });
}

/** The official outcome from a `selected` column (1 = selected; 2 = partly/externally funded), or null. */
export function officialSelection(pb: PbFile): string[] | null {
  const col = column(pb.projects, "selected");
  if (col < 0) return null;
  const id = column(pb.projects, "project_id");
  return pb.projects.rows.filter((r) => r[col]!.trim() === "1").map((r) => r[id]!.trim());
}
