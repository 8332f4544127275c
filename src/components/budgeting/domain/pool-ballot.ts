// One ballot paper over several pools (docs/budgeting.md, "Pools"): the voter's choices split by
// the pool each project belongs to, each part checked with its own pool's rule and limits. A part
// left empty is no vote in that pool; at least one part must have a choice. A choice in a pool the
// voter may not vote in is refused beside that pool. Pure: the check button, the save and the paper
// entry ask the same thing.
import { type BallotCheck, type BallotProject, type Choice, checkBallot, type Rules } from "./ballot-rules";

export interface PoolOnBallot {
  id: number;
  rules: Rules;
  /** Whether this voter may vote in this pool. */
  allowed: boolean;
}

export interface PoolProject extends BallotProject {
  poolId: number;
}

export interface PoolBallotCheck {
  ok: boolean;
  /** Per pool id: the check of its part, or null when the part is empty (and allowed). */
  parts: Map<number, BallotCheck | null>;
}

const emptyCheck = (key: string): BallotCheck => ({
  ok: false,
  totalCost: 0,
  pointsUsed: 0,
  count: 0,
  problems: [{ key, params: {} }],
});

export function checkPoolBallot(
  pools: readonly PoolOnBallot[],
  projects: readonly PoolProject[],
  choice: Choice,
): PoolBallotCheck {
  const parts = new Map<number, BallotCheck | null>();
  const poolOf = new Map(projects.map((p) => [p.id, p.poolId]));
  const chosen = [...choice].filter(([, points]) => points !== 0);
  // A project that is on no ballot here: the whole paper is malformed, said at the first pool.
  if (chosen.some(([id]) => !poolOf.has(id)) && pools.length > 0) {
    parts.set(pools[0]!.id, emptyCheck("budgeting.ballot.errors.unknownProject"));
    return { ok: false, parts };
  }
  let ok = true;
  let anyChoice = false;
  for (const pool of pools) {
    const own = chosen.filter(([id]) => poolOf.get(id) === pool.id);
    if (own.length === 0) {
      parts.set(pool.id, null);
      continue;
    }
    anyChoice = true;
    if (!pool.allowed) {
      parts.set(pool.id, emptyCheck("budgeting.pools.notYourPool"));
      ok = false;
      continue;
    }
    const check = checkBallot(
      pool.rules,
      projects.filter((p) => p.poolId === pool.id),
      new Map(own),
    );
    parts.set(pool.id, check);
    ok &&= check.ok;
  }
  if (!anyChoice && pools.length > 0) {
    const first = pools.find((p) => p.allowed) ?? pools[0]!;
    parts.set(first.id, emptyCheck("budgeting.ballot.errors.empty"));
    return { ok: false, parts };
  }
  return { ok, parts };
}

/** The parts' problems in pool order (for an error summary or a test). */
export const poolProblems = (check: PoolBallotCheck) =>
  [...check.parts].flatMap(([poolId, part]) => (part?.problems ?? []).map((problem) => ({ poolId, problem })));
