import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeConversation } from "./analyze-conversation";
import { chooseNextStatement, statementPriority } from "./next-statement";
import { syntheticConversation } from "./synthetic-conversation";
import type { Id, VoteCounts } from "./types";

const statements = Array.from({ length: 12 }, (_, j) => `s${j}`);
const many: VoteCounts = { agree: 40, disagree: 30, pass: 10 };

describe("chooseNextStatement", () => {
  it("never offers an answered statement, and is deterministic for a seed", () => {
    fc.assert(
      fc.property(fc.subarray(statements), fc.integer(), (answered, seed) => {
        const input = { statements, answered: new Set<Id>(answered), counts: new Map<Id, VoteCounts>(), seed };
        const choice = chooseNextStatement(input);
        if (answered.length === statements.length) expect(choice).toBeNull();
        else expect(answered).not.toContain(choice);
        expect(chooseNextStatement({ ...input, statements: [...statements].reverse() })).toBe(choice);
      }),
    );
  });

  it("favours statements with few votes", () => {
    const counts = new Map<Id, VoteCounts>(statements.map((s) => [s, many]));
    counts.set("s3", { agree: 1, disagree: 0, pass: 0 });
    const picks = Array.from({ length: 400 }, (_, seed) =>
      chooseNextStatement({ statements, answered: new Set(), counts, seed }),
    );
    expect(picks.filter((p) => p === "s3").length).toBeGreaterThan((400 / 12) * 3);
  });

  it("favours statements that separate the groups", () => {
    const input = syntheticConversation({
      participants: 60,
      statements: 12,
      blocs: 2,
      votesPerParticipant: 10,
      noise: 0,
      seed: 2,
    });
    const analysis = analyzeConversation(input);
    const counts = new Map<Id, VoteCounts>(analysis.statements.map((s) => [s.statement, s.overall]));
    // s0 and s10 are agreed by everyone (see the generator): they separate nobody.
    const picks = Array.from({ length: 600 }, (_, seed) =>
      chooseNextStatement({ statements, answered: new Set(), counts, analysis, seed }),
    );
    const consensusShare = picks.filter((p) => p === "s0" || p === "s10").length / picks.length;
    expect(consensusShare).toBeLessThan(2 / 12);
    expect(statementPriority(undefined, 0)).toBeGreaterThan(statementPriority(many, 0));
    expect(statementPriority(many, 0.8)).toBeGreaterThan(statementPriority(many, 0));
  });
});
