/**
 * Points for a ranked (ordinal) ballot. Kraków 2020 awarded 3/2/1 points for ranks 1/2/3
 * with ballots of exactly 3 projects, which is "length minus rank plus one". Pabulib files do
 * not record the scoring, so that is the default; a process may set its own list.
 */
export function defaultOrdinalScoring(maxRankLength: number): number[] {
  return Array.from({ length: maxRankLength }, (_, r) => maxRankLength - r);
}

/** Points for the project at 0-based position `rank`; ranks beyond the list score 0. */
export function ordinalPoints(scoring: readonly number[], rank: number): number {
  return rank < scoring.length ? scoring[rank]! : 0;
}

/** Parses a META `scoring` value like "3,2,1"; returns undefined when absent or unusable. */
export function parseScoring(text: string | undefined): number[] | undefined {
  if (!text) return undefined;
  const parts = text.split(",").map((p) => Number(p.trim()));
  return parts.length > 0 && parts.every((p) => Number.isInteger(p) && p >= 0) ? parts : undefined;
}
