import { defaultOrdinalScoring, ordinalPoints } from "./ordinal-scoring";
import type { Election } from "./types";

/**
 * The election in compressed-row typed arrays: supporters per project and projects per
 * voter, each entry with its weight (1 for approval, points for cumulative, rank points for
 * ordinal). All rules work on this; building it once keeps the MES re-runs of add1 fast.
 */
export interface Profile {
  readonly nVoters: number;
  readonly nProjects: number;
  readonly ids: readonly string[];
  readonly cost: Float64Array;
  readonly supStart: Int32Array;
  readonly supVoter: Int32Array;
  readonly supWeight: Float64Array;
  readonly balStart: Int32Array;
  readonly balProject: Int32Array;
  readonly balWeight: Float64Array;
  /** Ballots that list the project. */
  readonly votes: Float64Array;
  /** Sum of weights. */
  readonly score: Float64Array;
}

export class ElectionError extends Error {}

export function buildProfile(election: Election): Profile {
  const nProjects = election.projects.length;
  const index = new Map<string, number>();
  const cost = new Float64Array(nProjects);
  election.projects.forEach((p, j) => {
    if (index.has(p.id)) throw new ElectionError(`duplicate project id ${p.id}`);
    if (!Number.isSafeInteger(p.cost) || p.cost < 0)
      throw new ElectionError(`project ${p.id}: cost must be a whole non-negative number`);
    index.set(p.id, j);
    cost[j] = p.cost;
  });
  const longest = election.ballots.reduce((m, b) => Math.max(m, b.projects.length), 0);
  const scoring = election.ordinalScoring ?? defaultOrdinalScoring(longest);
  const nVoters = election.ballots.length;
  // Entries with 0 points are not support; they are left out of the profile entirely.
  const counted = (b: Election["ballots"][number]) =>
    election.kind === "cumulative" ? (b.points ?? []).filter((p) => p !== 0).length : b.projects.length;
  const balStart = new Int32Array(nVoters + 1);
  let total = 0;
  election.ballots.forEach((b, i) => {
    total += counted(b);
    balStart[i + 1] = total;
  });
  const balProject = new Int32Array(total);
  const balWeight = new Float64Array(total);
  const votes = new Float64Array(nProjects);
  const score = new Float64Array(nProjects);
  election.ballots.forEach((b, i) => {
    const seen = new Set<number>();
    let k = balStart[i]!;
    b.projects.forEach((id, r) => {
      const j = index.get(id);
      if (j === undefined) throw new ElectionError(`ballot ${i + 1}: unknown project ${id}`);
      if (seen.has(j)) throw new ElectionError(`ballot ${i + 1}: project ${id} listed twice`);
      seen.add(j);
      const w = weightOf(election, b.points, r, scoring);
      if (!Number.isSafeInteger(w) || w < 0)
        throw new ElectionError(`ballot ${i + 1}: points must be whole non-negative numbers`);
      if (w === 0) return;
      balProject[k] = j;
      balWeight[k++] = w;
      votes[j]! += 1;
      score[j]! += w;
    });
  });
  const { supStart, supVoter, supWeight } = transpose(nVoters, nProjects, balStart, balProject, balWeight, votes);
  return {
    nVoters,
    nProjects,
    ids: election.projects.map((p) => p.id),
    cost,
    supStart,
    supVoter,
    supWeight,
    balStart,
    balProject,
    balWeight,
    votes,
    score,
  };
}

function weightOf(
  election: Election,
  points: readonly number[] | undefined,
  rank: number,
  scoring: readonly number[],
): number {
  if (election.kind === "cumulative") return points?.[rank] ?? Number.NaN;
  if (election.kind === "ordinal") return ordinalPoints(scoring, rank);
  return 1;
}

function transpose(
  nVoters: number,
  nProjects: number,
  balStart: Int32Array,
  balProject: Int32Array,
  balWeight: Float64Array,
  votes: Float64Array,
) {
  const supStart = new Int32Array(nProjects + 1);
  for (let j = 0; j < nProjects; j++) supStart[j + 1] = supStart[j]! + votes[j]!;
  const fill = supStart.slice(0, nProjects);
  const supVoter = new Int32Array(balProject.length);
  const supWeight = new Float64Array(balProject.length);
  for (let i = 0; i < nVoters; i++) {
    for (let k = balStart[i]!; k < balStart[i + 1]!; k++) {
      const j = balProject[k]!;
      const at = fill[j]!++;
      supVoter[at] = i;
      supWeight[at] = balWeight[k]!;
    }
  }
  return { supStart, supVoter, supWeight };
}
