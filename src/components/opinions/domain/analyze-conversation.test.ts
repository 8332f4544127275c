import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "./adjusted-rand-index";
import { analyzeConversation } from "./analyze-conversation";
import { syntheticConversation } from "./synthetic-conversation";
import type { VoteRecord, VoteValue } from "./types";

function groupsByBloc(blocs: number, seed: number) {
  const input = syntheticConversation({
    participants: 90,
    statements: 30,
    blocs,
    votesPerParticipant: 15,
    noise: 0.1,
    seed,
  });
  const analysis = analyzeConversation(input);
  const ids = analysis.positions.map((p) => p.participant as string);
  const truth = ids.map((id) => input.blocOf(Number(id.slice(1))));
  return {
    input,
    analysis,
    ari: adjustedRandIndex(
      analysis.positions.map((p) => p.group),
      truth,
    ),
  };
}

describe("analyzeConversation", () => {
  it("recovers two and three opinion blocs", () => {
    for (const blocs of [2, 3]) {
      const { analysis, ari } = groupsByBloc(blocs, 7);
      expect(analysis.groups).toHaveLength(blocs);
      expect(ari).toBeGreaterThan(0.9);
    }
  });

  it("places only participants with at least 7 votes and lists the rest as unplaced", () => {
    const votes: VoteRecord[] = [];
    for (let p = 0; p < 20; p++) {
      const count = p < 5 ? 6 : 10;
      for (let s = 0; s < count; s++) votes.push({ participant: p, statement: s, vote: p % 2 ? 1 : -1, time: s });
    }
    const analysis = analyzeConversation({
      statements: Array.from({ length: 10 }, (_, s) => s),
      votes,
      participants: [99],
    });
    expect(analysis.unplaced).toEqual([0, 1, 2, 3, 4, 99]);
    expect(analysis.positions.map((p) => p.participant)).toEqual(Array.from({ length: 15 }, (_, i) => i + 5));
  });

  it("counts only the latest vote per participant and statement", () => {
    const votes: VoteRecord[] = [
      { participant: "a", statement: "s", vote: 1, time: 5 },
      { participant: "a", statement: "s", vote: -1, time: 9 },
      { participant: "a", statement: "s", vote: 0, time: 1 },
      { participant: "b", statement: "s", vote: 0, time: 3 },
    ];
    const [tally] = analyzeConversation({ statements: ["s"], votes }).statements;
    expect(tally!.overall).toEqual({ agree: 0, disagree: 1, pass: 1 });
  });

  it("leaves moderated-out statements out of counts, representative and consensus lists", () => {
    const { input } = groupsByBloc(2, 3);
    const analysis = analyzeConversation({ ...input, moderatedOut: ["s0", "s1", "s2", "s3"] });
    const mentioned = [
      ...analysis.statements.map((s) => s.statement),
      ...analysis.groups.flatMap((g) => g.representative.map((r) => r.statement)),
      ...analysis.consensus.agree.map((c) => c.statement),
      ...analysis.consensus.disagree.map((c) => c.statement),
    ];
    expect(mentioned).not.toContain("s0");
    expect(mentioned).not.toContain("s3");
    expect(analysis.statements).toHaveLength(26);
  });

  it("finds what sets each group apart and what all groups share", () => {
    const { input, analysis } = groupsByBloc(2, 11);
    // Statement s0, s10, s20 are agreed by every bloc; the generator makes the rest bloc-specific.
    const consensus = analysis.consensus.agree.map((c) => c.statement);
    expect(consensus).toEqual(expect.arrayContaining(["s0", "s10", "s20"]));
    for (const group of analysis.groups) {
      expect(group.representative.length).toBeGreaterThan(0);
      expect(group.representative.length).toBeLessThanOrEqual(5);
      for (const rep of group.representative) {
        expect(rep.ratioZ).toBeGreaterThan(1.2816);
        expect(rep.probabilityZ).toBeGreaterThan(1.2816);
        const members = new Set(group.participants);
        const direction: VoteValue = rep.direction === "agree" ? 1 : -1;
        const inGroup = input.votes.filter((v) => v.statement === rep.statement && members.has(v.participant));
        expect(inGroup.filter((v) => v.vote === direction).length / inGroup.length).toBeGreaterThan(0.5);
      }
    }
  });

  it("gives per-group counts that add up to the placed participants' votes", () => {
    const { analysis } = groupsByBloc(3, 5);
    const placed = analysis.positions.length;
    const counted = analysis.statements.reduce(
      (sum, s) => sum + s.byGroup.reduce((a, c) => a + c.agree + c.disagree + c.pass, 0),
      0,
    );
    const overall = analysis.statements.reduce(
      (sum, s) => sum + s.overall.agree + s.overall.disagree + s.overall.pass,
      0,
    );
    expect(placed).toBeGreaterThan(0);
    expect(counted).toBe(overall); // everybody in this conversation votes often enough to be placed
    for (const p of analysis.positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("handles an empty conversation and a single voter", () => {
    expect(analyzeConversation({ statements: [], votes: [] })).toMatchObject({
      groups: [],
      unplaced: [],
      positions: [],
    });
    const one = analyzeConversation({
      statements: [1, 2, 3],
      votes: [1, 2, 3].map((s) => ({ participant: "x", statement: s, vote: 1 as const, time: 0 })),
    });
    expect(one.groups).toHaveLength(1);
    expect(one.groups[0]!.participants).toEqual(["x"]);
    expect(one.silhouette).toBeNull();
  });
});
