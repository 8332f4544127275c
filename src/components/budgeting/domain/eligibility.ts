import type { Profile } from "./profile";
import type { Eligibility, Explanation } from "./types";

/**
 * Applies a process's eligibility rules before any counting rule runs. Returns, per project,
 * null when eligible or the explanation of why not. Shares are compared exactly
 * (votes >= share × voters) in integers scaled by 1e9 to avoid float surprises at the edge.
 */
export function ineligibility(profile: Profile, rules: Eligibility): (Explanation | null)[] {
  const out: (Explanation | null)[] = [];
  for (let j = 0; j < profile.nProjects; j++) {
    const votes = profile.votes[j]!;
    if (rules.minVotes !== undefined && votes < rules.minVotes) {
      out.push({ kind: "ineligible", rule: "min-votes", threshold: rules.minVotes });
    } else if (rules.minShare !== undefined && !reachesShare(votes, profile.nVoters, rules.minShare)) {
      out.push({ kind: "ineligible", rule: "min-share", threshold: rules.minShare });
    } else {
      out.push(null);
    }
  }
  return out;
}

function reachesShare(votes: number, voters: number, share: number): boolean {
  const scaled = BigInt(Math.round(share * 1e9));
  return BigInt(votes) * 1_000_000_000n >= scaled * BigInt(voters);
}
