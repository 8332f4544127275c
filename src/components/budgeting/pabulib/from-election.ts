import type { Election } from "../domain/types";
import type { PbFile } from "./pb-file";

/**
 * Builds a .pb file from an election held by the app (open-data export). `meta` adds
 * descriptive keys (description, country, unit, …); budget, vote_type and counts are derived.
 */
export function fromElection(
  election: Election,
  voterIds: readonly string[],
  meta: readonly (readonly [string, string])[] = [],
): PbFile {
  const derived: [string, string][] = [
    ["num_projects", String(election.projects.length)],
    ["num_votes", String(election.ballots.length)],
    ["budget", String(election.budget)],
    ["vote_type", election.kind],
  ];
  if (election.ordinalScoring) derived.push(["scoring", election.ordinalScoring.join(",")]);
  const derivedKeys = new Set(derived.map(([k]) => k));
  const projects = {
    columns: ["project_id", "cost", "name"],
    rows: election.projects.map((p) => [p.id, String(p.cost), p.name ?? ""]),
  };
  const cumulative = election.kind === "cumulative";
  const votes = {
    columns: cumulative ? ["voter_id", "vote", "points"] : ["voter_id", "vote"],
    rows: election.ballots.map((b, i) => {
      const row = [voterIds[i] ?? String(i + 1), b.projects.join(",")];
      return cumulative ? [...row, (b.points ?? []).join(",")] : row;
    }),
  };
  return { meta: [...meta.filter(([k]) => !derivedKeys.has(k)), ...derived], projects, votes };
}
