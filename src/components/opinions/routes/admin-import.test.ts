import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { DEMO_DATASETS } from "../../../core/datasets";
import { testDatabases } from "../../../../test/support/databases";
import { analyzeChangedConversations } from "../jobs/analyze-conversations";
import { opinionsTestApp, snapshot } from "../test/factories";

const comments = `timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
1000,x,0,0,2,0,1,Eerste stelling
2000,x,1,1,1,1,1,"Tweede, met komma"
3000,x,2,1,0,0,-1,Weggemodereerd
`;
const votes = `timestamp,datetime,comment-id,voter-id,vote
1100,x,0,0,1
1200,x,0,1,1
2100,x,1,0,-1
2200,x,1,1,1
2300,x,1,0,1
`;
const seattle = DEMO_DATASETS.seattleConversation;

describe.each(testDatabases)("opinions import on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await opinionsTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  it("imports pasted openData files as a closed conversation, keeping each latest vote", async () => {
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.get("/admin/gesprekken/importeren")).statusCode).toBe(200);
    const res = await admin.post("/admin/gesprekken/importeren", {
      topic: "Overgenomen gesprek",
      comments,
      votes,
      participantsVotes: "",
      summary: "topic,Iets\n",
    });
    expect(res.statusCode).toBe(303);
    const conversation = await db()
      .selectFrom("opinion_conversations")
      .selectAll()
      .where("topic", "=", "Overgenomen gesprek")
      .executeTakeFirstOrThrow();
    expect(conversation.imported).toBe(1);
    const statements = await db()
      .selectFrom("opinion_statements")
      .select(["text", "status", "external_id"])
      .where("conversation_id", "=", conversation.id)
      .orderBy("external_id")
      .execute();
    expect(statements.map((s) => s.status)).toEqual(["accepted", "accepted", "rejected"]);
    const rows = await db()
      .selectFrom("opinion_votes")
      .select("vote")
      .where("conversation_id", "=", conversation.id)
      .execute();
    expect(rows).toHaveLength(4); // voter 0 re-voted on comment 1: only the latest (agree) stays
    const page = await t.agent().get(`/gesprekken/${conversation.id}`);
    expect(page.body).toContain("gesloten");
    expect(page.body).not.toContain('name="vote"');
    const vote = await t.agent().post(`/gesprekken/${conversation.id}/stemmen`, { statement: "1", vote: "agree" });
    expect([404, 409]).toContain(vote.statusCode);
  });

  it("names the file and line of a malformed export and imports nothing", async () => {
    const admin = await t.agentFor(t.users.admin);
    const before = await snapshot(db());
    const badVote = await admin.post("/admin/gesprekken/importeren", { comments, votes: `${votes}2400,x,1,1,7\n` });
    expect(badVote.statusCode).toBe(400);
    expect(badVote.body).toContain("votes.csv, regel 7");
    const unknown = await admin.post("/admin/gesprekken/importeren", { comments, votes: `${votes}2400,x,9,1,1\n` });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain("votes.csv, regel 7");
    const columns = await admin.post("/admin/gesprekken/importeren", { comments: "timestamp,body\n1,a\n", votes });
    expect(columns.statusCode).toBe(400);
    expect(columns.body).toContain("comments.csv, regel 1");
    const fields = await admin.post("/admin/gesprekken/importeren", { comments: `${comments}4000,x,3\n`, votes });
    expect(fields.body).toContain("comments.csv, regel 5");
    const missing = await admin.post("/admin/gesprekken/importeren", { comments: "", votes });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('href="#field-comments"');
    expect(await snapshot(db())).toBe(before);
  });

  it("refuses outsiders, residents and moderators, and requests without CSRF", async () => {
    const before = await snapshot(db());
    expect((await t.agent().post("/admin/gesprekken/importeren", { comments, votes })).headers.location).toMatch(
      /^\/inloggen/,
    );
    for (const user of [t.users.resident, t.users.moderator]) {
      const agent = await t.agentFor(user);
      expect((await agent.get("/admin/gesprekken/importeren")).statusCode).toBe(403);
      expect((await agent.post("/admin/gesprekken/importeren", { comments, votes })).statusCode).toBe(403);
    }
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post("/admin/gesprekken/importeren", { comments, votes, _csrf: "" })).statusCode).toBe(403);
    expect(await snapshot(db())).toBe(before);
  });

  it("imports the real $15/hour conversation and maps it into groups", async () => {
    const admin = await t.agentFor(t.users.admin);
    const read = (f: string) => fs.readFileSync(path.join(seattle, f), "utf8");
    const res = await admin.post("/admin/gesprekken/importeren", {
      comments: read("comments.csv"),
      votes: read("votes.csv"),
      summary: read("summary.csv"),
    });
    expect(res.statusCode).toBe(303);
    expect(await analyzeChangedConversations(t.services, t.clock())).toBeGreaterThanOrEqual(1);
    const report = await t.agent().get(res.headers.location as string);
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain("<svg");
    expect(report.body).toMatch(/Groep [AB]: \d+ deelnemers/);
  });
});
