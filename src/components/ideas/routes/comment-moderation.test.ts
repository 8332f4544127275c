// A moderator hides a comment without waiting for a report, and restores a hidden one; a report
// form shows what is being reported.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createIdea, createIdeasApp } from "../test/factories";

describe.each(testDatabases)("moderating comments directly on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  async function commentOn(id: number, body: string): Promise<number> {
    const author = await t.newUser({ name: "Schrijver Sam" });
    await (await t.agentFor(author)).post(`/ideeen/${id}/reacties`, { body });
    const row = await db().selectFrom("idea_comments").select("id").where("body", "=", body).executeTakeFirstOrThrow();
    return row.id;
  }
  const hiddenReason = async (commentId: number) =>
    (
      await db()
        .selectFrom("idea_comments")
        .select("hidden_reason")
        .where("id", "=", commentId)
        .executeTakeFirstOrThrow()
    ).hidden_reason;

  it("lets a moderator hide a comment without a report, and restore it", async () => {
    const id = await createIdea(t);
    const commentId = await commentOn(id, "Scheldwoorden hier");
    const moderator = await t.agentFor(t.users.moderator);
    const page = await moderator.get(`/ideeen/${id}`);
    expect(page.body).toContain(`href="/admin/ideeen/${id}/reacties/${commentId}/verbergen"`);
    const form = await moderator.get(`/admin/ideeen/${id}/reacties/${commentId}/verbergen`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain("Scheldwoorden hier");
    const hidden = await moderator.post(`/admin/ideeen/${id}/reacties/${commentId}/verbergen`, {
      publicReason: "Beledigend",
    });
    expect(hidden.statusCode).toBe(303);
    expect(await hiddenReason(commentId)).toBe("Beledigend");
    const after = await moderator.get(`/ideeen/${id}`);
    expect(after.body).toContain(`action="/admin/ideeen/${id}/reacties/${commentId}/tonen"`);
    expect((await t.agent().get(`/ideeen/${id}`)).body).not.toContain("/tonen");
    const restored = await moderator.post(`/admin/ideeen/${id}/reacties/${commentId}/tonen`, {});
    expect(restored.statusCode).toBe(303);
    expect(await hiddenReason(commentId)).toBeNull();
    const log = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject", "=", `comment:${commentId}`)
      .orderBy("id")
      .execute();
    expect(log.map((r) => r.action)).toEqual(["ideas.comment.hide", "ideas.comment.restore"]);
  });

  it("refuses a hide without a reason, and anyone but a moderator, changing nothing", async () => {
    const id = await createIdea(t);
    const commentId = await commentOn(id, "Gewone reactie");
    const moderator = await t.agentFor(t.users.moderator);
    const empty = await moderator.post(`/admin/ideeen/${id}/reacties/${commentId}/verbergen`, { publicReason: "" });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("error-summary");
    for (const user of [t.users.resident, t.users.official, t.users.council]) {
      const agent = await t.agentFor(user);
      const res = await agent.post(`/admin/ideeen/${id}/reacties/${commentId}/verbergen`, { publicReason: "x" });
      expect(res.statusCode).toBe(403);
      expect((await agent.get(`/admin/ideeen/${id}/reacties/${commentId}/verbergen`)).statusCode).toBe(403);
    }
    expect(
      (await t.agent().post(`/admin/ideeen/${id}/reacties/${commentId}/verbergen`, { publicReason: "x" })).statusCode,
    ).toBe(303);
    const other = await createIdea(t);
    expect(
      (await moderator.post(`/admin/ideeen/${other}/reacties/${commentId}/verbergen`, { publicReason: "x" }))
        .statusCode,
    ).toBe(404);
    const noCsrf = await moderator.post(`/admin/ideeen/${id}/reacties/${commentId}/verbergen`, {
      publicReason: "x",
      _csrf: "",
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(await hiddenReason(commentId)).toBeNull();
    expect((await moderator.post(`/admin/ideeen/${id}/reacties/${commentId}/tonen`, {})).statusCode).toBe(409);
  });

  it("shows on the report form what is being reported, in Dutch and English", async () => {
    const id = await createIdea(t);
    const commentId = await commentOn(id, "Deze reactie wordt gemeld");
    const resident = await t.agentFor(t.users.resident);
    const comment = await resident.get(`/ideeen/${id}/reacties/${commentId}/melden`);
    expect(comment.statusCode).toBe(200);
    expect(comment.body).toContain("Deze reactie wordt gemeld");
    expect(comment.body).toContain("Schrijver Sam");
    const idea = await resident.get(`/ideeen/${id}/melden`);
    const title = (await db().selectFrom("ideas").select("title").where("id", "=", id).executeTakeFirstOrThrow()).title;
    expect(idea.body).toContain(`U meldt het idee`);
    expect(idea.body).toContain(title);
    resident.cookies.set("inspraak_lang", "en");
    expect((await resident.get(`/ideeen/${id}/reacties/${commentId}/melden`)).body).toContain("You are reporting");
  });
});
