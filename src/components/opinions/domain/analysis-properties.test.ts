import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeConversation } from "./analyze-conversation";
import { seededRandom } from "./seeded-random";
import { syntheticConversation } from "./synthetic-conversation";
import type { ConversationInput, Id, OpinionAnalysis, VoteRecord } from "./types";

/** Groups as a set of member sets, ids mapped back through `original`, so labels do not matter. */
function partition(analysis: OpinionAnalysis, original: (id: Id) => Id = (id) => id): string[] {
  return analysis.groups.map((g) => JSON.stringify(g.participants.map(original).map(String).sort())).sort();
}

const randomConversation = fc
  .record({
    participants: fc.integer({ min: 8, max: 30 }),
    statements: fc.integer({ min: 7, max: 14 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    blocs: fc.integer({ min: 1, max: 3 }),
    noise: fc.double({ min: 0, max: 0.6, noNaN: true }),
  })
  .map(({ participants, statements, seed, blocs, noise }) =>
    syntheticConversation({ participants, statements, blocs, votesPerParticipant: 9, noise, seed }),
  );

function shuffled<T>(items: readonly T[], order: readonly number[]): T[] {
  const keyed = items.map((item, i) => ({ item, key: order[i % order.length]! * 1_000_003 + i }));
  return keyed.sort((a, b) => a.key - b.key).map((k) => k.item);
}

describe("analysis properties", () => {
  it("does not depend on the order of votes, statements or participants", () => {
    fc.assert(
      fc.property(randomConversation, fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }), (input, order) => {
        const reordered: ConversationInput = {
          statements: shuffled(input.statements, order),
          votes: shuffled(input.votes, order),
        };
        const a = analyzeConversation(input);
        const b = analyzeConversation(reordered);
        expect(partition(b)).toEqual(partition(a));
        expect(b.unplaced).toEqual(a.unplaced);
      }),
      { numRuns: 40 },
    );
  });

  it("does not depend on the names of participants and statements", () => {
    fc.assert(
      fc.property(randomConversation, fc.integer({ min: 1, max: 10_000 }), (input, salt) => {
        // Renaming scrambles the id order: numbers for participants, reversed strings for statements.
        const participantName = (id: Id) => (Number(String(id).slice(1)) * 7919 + salt) % 100_003;
        const statementName = (id: Id) => `${salt}-${String(id).split("").reverse().join("")}`;
        const back = new Map(input.votes.map((v) => [participantName(v.participant), v.participant]));
        const renamed: ConversationInput = {
          statements: input.statements.map(statementName),
          votes: input.votes.map((v) => ({
            ...v,
            participant: participantName(v.participant),
            statement: statementName(v.statement),
          })),
        };
        const a = analyzeConversation(input);
        const b = analyzeConversation(renamed);
        expect(partition(b, (id) => back.get(id as number)!)).toEqual(partition(a));
      }),
      { numRuns: 40 },
    );
  });

  it("keeps everyone's group when a participant who is not placed votes", () => {
    fc.assert(
      fc.property(randomConversation, fc.integer({ min: 1, max: 6 }), fc.nat(), (input, count, seed) => {
        const extra: VoteRecord[] = input.statements.slice(0, count).map((statement, i) => ({
          participant: "newcomer",
          statement,
          vote: (((seed >> i) % 3) - 1) as -1 | 0 | 1,
          time: 1e9 + i,
        }));
        const before = analyzeConversation(input);
        const after = analyzeConversation({ ...input, votes: [...input.votes, ...extra] });
        expect(after.unplaced).toContain("newcomer");
        expect(partition(after)).toEqual(partition(before));
      }),
      { numRuns: 40 },
    );
  });

  it("keeps everyone's group in clearly separated blocs when one more participant joins", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 30, max: 60 }),
        (seed, blocs, participants) => {
          const random = seededRandom(seed);
          const votes = Array.from({ length: participants }, (_, p) => blocVotes(p, blocs, random)).flat();
          const newcomer = blocVotes(participants, blocs, random).map((v) => ({ ...v, participant: "newcomer" }));
          const input = { statements: Array.from({ length: 20 }, (_, j) => `s${j}`), votes };
          const before = analyzeConversation(input);
          const after = analyzeConversation({ ...input, votes: [...votes, ...newcomer] });
          const without = (analysis: OpinionAnalysis) =>
            analysis.groups.map((g) => JSON.stringify(g.participants.filter((p) => p !== "newcomer"))).sort();
          expect(after.positions.some((p) => p.participant === "newcomer")).toBe(true);
          expect(before.groups).toHaveLength(blocs);
          expect(without(after)).toEqual(without(before));
        },
      ),
      { numRuns: 20 },
    );
  });
});

/**
 * Participant p of bloc p % blocs agrees exactly with the statements j where j % blocs is their
 * bloc, and votes on at least 8 of the 20: opinions so distinct that nobody is on the fence.
 */
function blocVotes(p: number, blocs: number, random: () => number): VoteRecord[] {
  const votes: VoteRecord[] = [];
  for (let k = 0; k < 20; k++) {
    if (k >= 8 && random() < 0.5) continue;
    const j = (k + p) % 20;
    votes.push({ participant: `p${p}`, statement: `s${j}`, vote: j % blocs === p % blocs ? 1 : -1, time: p * 100 + k });
  }
  return votes;
}
