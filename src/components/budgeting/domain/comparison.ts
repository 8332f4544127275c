import type { Profile } from "./profile";

export interface ComparisonResult {
  readonly prefersMes: number;
  readonly prefersGreedy: number;
  readonly keepGreedy: boolean;
}

/**
 * Final comparison step (as in Wieliczka 2023 and the equalshares.net tool): every voter
 * counts the winning projects on their ballot in each outcome; if more voters are better off
 * with the greedy outcome than with the MES outcome, the greedy outcome is used.
 */
export function compareWithGreedy(
  profile: Profile,
  mesWinners: readonly number[],
  greedyWinners: readonly number[],
): ComparisonResult {
  const inMes = new Uint8Array(profile.nProjects);
  const inGreedy = new Uint8Array(profile.nProjects);
  for (const j of mesWinners) inMes[j] = 1;
  for (const j of greedyWinners) inGreedy[j] = 1;
  let prefersMes = 0;
  let prefersGreedy = 0;
  for (let i = 0; i < profile.nVoters; i++) {
    let balance = 0;
    for (let k = profile.balStart[i]!; k < profile.balStart[i + 1]!; k++) {
      if (profile.balWeight[k]! <= 0) continue;
      const j = profile.balProject[k]!;
      balance += inMes[j]! - inGreedy[j]!;
    }
    if (balance > 0) prefersMes++;
    else if (balance < 0) prefersGreedy++;
  }
  return { prefersMes, prefersGreedy, keepGreedy: prefersGreedy > prefersMes };
}
