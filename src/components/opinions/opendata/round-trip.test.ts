import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeConversation } from "../domain/analyze-conversation";
import { syntheticConversation } from "../domain/synthetic-conversation";
import { buildOpenDataExport, javaDateString, type ExportSource } from "./build-export";
import { parseCommentsCsv } from "./comments-csv";
import { formatOpenDataExport } from "./format-export";
import { parseParticipantsVotesCsv } from "./participants-votes-csv";
import { parseSummaryCsv } from "./summary-csv";
import { toConversationInput } from "./to-conversation-input";
import { parseVotesCsv } from "./votes-csv";

function source(bodies: string[]): ExportSource {
  const input = syntheticConversation({
    participants: 40,
    statements: bodies.length,
    blocs: 2,
    votesPerParticipant: 9,
    noise: 0.1,
    seed: 4,
  });
  // Re-votes, as real exports hold them: the later one must win.
  const votes = [...input.votes, { participant: "p1", statement: "s0", vote: -1 as const, time: 1e6 }];
  const data = {
    statements: input.statements.map((_, j) => j),
    votes: votes.map((v) => ({
      ...v,
      participant: Number(String(v.participant).slice(1)),
      statement: Number(String(v.statement).slice(1)),
    })),
  };
  return {
    topic: 'Parkeren in de wijk, "eerlijk"?',
    description: "Regel 1\nRegel 2, met komma",
    statements: bodies.map((body, j) => ({
      id: j,
      authorId: j % 3,
      body,
      createdAt: 1_600_000_000_000 + j,
      moderated: j === 1 ? -1 : 1,
    })),
    votes: data.votes,
    analysis: analyzeConversation({ ...data, moderatedOut: [1] }),
  };
}

describe("openData export", () => {
  it("parses back to exactly what it wrote", () => {
    // Formula characters too: the export neutralises them (core/csv) and the import restores them.
    const unit = fc.constantFrom("a", "b", ",", '"', "\n", " ", "ü", "€", "=", "+", "-", "@", "'", "\t", "1");
    const body = fc.string({ unit, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(body, { minLength: 8, maxLength: 12 }), (bodies) => {
        const data = buildOpenDataExport(source(bodies));
        const files = formatOpenDataExport(data);
        expect(parseCommentsCsv(files["comments.csv"]!)).toEqual(data.comments);
        expect(parseVotesCsv(files["votes.csv"]!)).toEqual(data.votes);
        expect(parseParticipantsVotesCsv(files["participants-votes.csv"]!)).toEqual(data.participantsVotes);
        expect(parseSummaryCsv(files["summary.csv"]!)).toEqual(data.summary);
      }),
      { numRuns: 15 },
    );
  });

  it("counts latest votes, writes groups and analyses to the same groups after import", () => {
    const src = source(Array.from({ length: 10 }, (_, j) => `stelling ${j}`));
    const data = buildOpenDataExport(src);
    const p1 = data.participantsVotes!.rows.find((r) => r.participant === "1")!;
    expect(p1.votes.get("0")).toBe(-1);
    const placed = src.analysis!.positions.length;
    expect(data.participantsVotes!.rows.filter((r) => r.groupId !== null)).toHaveLength(placed);
    expect(data.summary).toContainEqual(["groups", String(src.analysis!.groups.length)]);
    const again = analyzeConversation(toConversationInput(data));
    expect(again.groups.map((g) => g.participants)).toEqual(src.analysis!.groups.map((g) => g.participants));
    expect(data.comments.find((c) => c.commentId === "1")!.moderated).toBe(-1);
  });

  it("writes dates the way Pol.is does, in UTC", () => {
    expect(javaDateString(1542406176584)).toBe("Fri Nov 16 22:09:36 UTC 2018");
  });
});
