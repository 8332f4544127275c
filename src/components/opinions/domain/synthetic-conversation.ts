import { seededRandom } from "./seeded-random";
import type { ConversationInput, VoteRecord, VoteValue } from "./types";

export interface SyntheticOptions {
  participants: number;
  statements: number;
  /** Opinion blocs; each has its own leaning per statement. */
  blocs: number;
  /** Average votes per participant (each participant votes on a random subset). */
  votesPerParticipant: number;
  /** Chance that a vote ignores the bloc's leaning and is random. */
  noise: number;
  seed: number;
}

/**
 * A made-up conversation with known opinion blocs, for tests and the benchmark. Participant i
 * belongs to bloc i % blocs; ids are "p<i>" and "s<j>". Deterministic for a given seed.
 */
export function syntheticConversation(
  options: SyntheticOptions,
): ConversationInput & { blocOf: (p: number) => number } {
  const random = seededRandom(options.seed);
  const leaning: VoteValue[][] = Array.from({ length: options.blocs }, () =>
    Array.from({ length: options.statements }, () => (random() < 0.5 ? 1 : -1)),
  );
  // Some statements everyone agrees with, so consensus has something to find.
  for (let j = 0; j < options.statements; j += 10) for (const bloc of leaning) bloc[j] = 1;
  const votes: VoteRecord[] = [];
  let time = 0;
  for (let p = 0; p < options.participants; p++) {
    const bloc = leaning[p % options.blocs]!;
    const count = Math.min(options.statements, Math.max(1, Math.round(options.votesPerParticipant * (0.5 + random()))));
    for (const s of sample(options.statements, count, random)) {
      const vote: VoteValue = random() < options.noise ? ((Math.floor(random() * 3) - 1) as VoteValue) : bloc[s]!;
      votes.push({ participant: `p${p}`, statement: `s${s}`, vote, time: time++ });
    }
  }
  return {
    statements: Array.from({ length: options.statements }, (_, j) => `s${j}`),
    votes,
    blocOf: (p) => p % options.blocs,
  };
}

/** `count` distinct integers below `n` (partial Fisher–Yates on a reused index array). */
function sample(n: number, count: number, random: () => number): Int32Array {
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.subarray(0, count);
}
