import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createIdea, createIdeasApp, ideaRow } from "../test/factories";

const count = async (t: TestApp, table: "idea_comments" | "idea_reports") =>
  Number(
    (
      await t.services.db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.each(testDatabases)("comments, reports and moderation on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("threads replies one level deep, shows role badges, and allows edits for 15 minutes", async () => {
    const id = await createIdea(t);
    const neighbour = await t.newUser({ name: "Buurvrouw Els" });
    const agent = await t.agentFor(neighbour);
    const res = await agent.post(`/ideeen/${id}/reacties`, { body: "Goed plan, ik help mee!" });
    expect(res.statusCode).toBe(303);
    const top = await t.services.db.kysely
      .selectFrom("idea_comments")
      .selectAll()
      .where("idea_id", "=", id)
      .executeTakeFirstOrThrow();
    await (await t.agentFor(t.users.official)).post(`/ideeen/${id}/reacties`, {
      body: "Wij kijken mee.",
      parentId: String(top.id),
    });
    const reply = await t.services.db.kysely
      .selectFrom("idea_comments")
      .selectAll()
      .where("idea_id", "=", id)
      .where("parent_id", "is not", null)
      .executeTakeFirstOrThrow();
    await agent.post(`/ideeen/${id}/reacties`, { body: "Antwoord op het antwoord", parentId: String(reply.id) });
    const deepest = await t.services.db.kysely
      .selectFrom("idea_comments")
      .select("parent_id")
      .where("body", "=", "Antwoord op het antwoord")
      .executeTakeFirstOrThrow();
    expect(deepest.parent_id).toBe(top.id);
    const page = await t.agent().get(`/ideeen/${id}`);
    expect(page.body).toContain("Buurvrouw Els");
    expect(page.body).toMatch(/idea-role">Gemeente</);
    expect(
      (await agent.post(`/ideeen/${id}/reacties/${top.id}/bewerken`, { body: "Goed plan, ik help graag mee!" }))
        .statusCode,
    ).toBe(303);
    expect(
      (
        await (
          await t.agentFor(t.users.resident)
        ).post(`/ideeen/${id}/reacties/${top.id}/bewerken`, { body: "gekaapt" })
      ).statusCode,
    ).toBe(403);
    t.clock.advance(16 * 60_000);
    expect(
      (await agent.post(`/ideeen/${id}/reacties/${top.id}/bewerken`, { body: "Te laat aangepast" })).statusCode,
    ).toBe(409);
    const stored = await t.services.db.kysely
      .selectFrom("idea_comments")
      .select("body")
      .where("id", "=", top.id)
      .executeTakeFirstOrThrow();
    expect(stored.body).toBe("Goed plan, ik help graag mee!");
  });

  it("refuses empty, oversized, malformed and anonymous comments, and changes nothing", async () => {
    const id = await createIdea(t);
    const agent = await t.agentFor(await t.newUser());
    const before = await count(t, "idea_comments");
    for (const form of [{ body: "" }, { body: "x".repeat(2001) }, { body: "Prima", parentId: "abc" }]) {
      expect((await agent.post(`/ideeen/${id}/reacties`, form)).statusCode).toBe(400);
    }
    expect((await agent.post(`/ideeen/${id}/reacties`, { body: "Prima", parentId: "999999" })).statusCode).toBe(400);
    expect((await t.agent().post(`/ideeen/${id}/reacties`, { body: "Anoniem" })).statusCode).toBe(303);
    expect((await agent.post(`/ideeen/${id}/reacties`, { _csrf: "", body: "Zonder token" })).statusCode).toBe(403);
    expect((await agent.post(`/ideeen/999999/reacties`, { body: "Bestaat niet" })).statusCode).toBe(404);
    expect(await count(t, "idea_comments")).toBe(before);
  });

  it("lets anyone logged in report; a moderator hides with a public reason or dismisses", async () => {
    const id = await createIdea(t, { title: "Koop nu goedkoop" });
    const reporter = await t.agentFor(await t.newUser());
    expect((await reporter.get(`/ideeen/${id}/melden`)).statusCode).toBe(200);
    expect((await reporter.post(`/ideeen/${id}/melden`, { reason: "x" })).statusCode).toBe(400);
    expect((await reporter.post(`/ideeen/${id}/melden`, { reason: "Dit is reclame." })).statusCode).toBe(303);
    const moderator = await t.agentFor(t.users.moderator);
    const queue = await moderator.get("/admin/ideeen/meldingen");
    expect(queue.body).toContain("Dit is reclame.");
    expect((await (await t.agentFor(t.users.resident)).get("/admin/ideeen/meldingen")).statusCode).toBe(403);
    const report = await t.services.db.kysely
      .selectFrom("idea_reports")
      .select("id")
      .where("idea_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(
      (
        await (
          await t.agentFor(t.users.official)
        ).post(`/admin/ideeen/meldingen/${report.id}/verbergen`, { publicReason: "Reclame is niet toegestaan." })
      ).statusCode,
    ).toBe(403);
    expect(
      (await moderator.post(`/admin/ideeen/meldingen/${report.id}/verbergen`, { publicReason: "" })).statusCode,
    ).toBe(400);
    expect((await ideaRow(t, id)).state).toBe("open");
    expect(
      (
        await moderator.post(`/admin/ideeen/meldingen/${report.id}/verbergen`, {
          publicReason: "Reclame is niet toegestaan.",
        })
      ).statusCode,
    ).toBe(303);
    expect((await ideaRow(t, id)).state).toBe("hidden");
    const page = await t.agent().get(`/ideeen/${id}`);
    expect(page.body).toContain("Reclame is niet toegestaan.");
    expect(page.body).not.toContain("Ouderen willen graag");
    expect((await moderator.post(`/admin/ideeen/meldingen/${report.id}/afwijzen`)).statusCode).toBe(409);
    expect((await moderator.post(`/admin/ideeen/${id}/tonen`)).statusCode).toBe(303);
    expect((await ideaRow(t, id)).state).toBe("open");

    const commentIdea = await createIdea(t);
    await reporter.post(`/ideeen/${commentIdea}/reacties`, { body: "Een nette reactie" });
    const c = await t.services.db.kysely
      .selectFrom("idea_comments")
      .select("id")
      .where("idea_id", "=", commentIdea)
      .executeTakeFirstOrThrow();
    await (await t.agentFor(t.users.resident)).post(`/ideeen/${commentIdea}/reacties/${c.id}/melden`, {
      reason: "Niet waar wat hier staat.",
    });
    const r2 = await t.services.db.kysely
      .selectFrom("idea_reports")
      .select("id")
      .where("comment_id", "=", c.id)
      .executeTakeFirstOrThrow();
    expect((await moderator.post(`/admin/ideeen/meldingen/${r2.id}/afwijzen`)).statusCode).toBe(303);
    expect((await t.agent().get(`/ideeen/${commentIdea}`)).body).toContain("Een nette reactie");
    expect((await moderator.get("/admin/ideeen/meldingen")).body).toContain("Er zijn geen open meldingen.");
  });

  it("lets people follow an idea and get mail about its changes, and unsubscribe with one click", async () => {
    const id = await createIdea(t);
    const follower = await t.newUser();
    const agent = await t.agentFor(follower);
    expect((await agent.post(`/ideeen/${id}/volgen`)).statusCode).toBe(303);
    await (await t.agentFor(t.users.official)).post(`/admin/ideeen/${id}/bericht`, { text: "We gaan dit bekijken." });
    t.mail.sent.length = 0;
    await t.drainOutbox();
    const mail = t.mail.sent.find((m) => m.to === follower.email && m.text.includes("We gaan dit bekijken."))!;
    expect(mail).toBeDefined();
    const link = /\/afmelden\/([A-Za-z0-9_-]+)/.exec(mail.text)![0];
    const confirm = await t.agent().get(link);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain("Afmelden");
    const mode = async () =>
      (
        await t.services.db.kysely
          .selectFrom("users")
          .select("notify_mode")
          .where("id", "=", follower.id)
          .executeTakeFirstOrThrow()
      ).notify_mode;
    expect(await mode()).toBe("immediate");
    const oneClick = await t.services.db.kysely
      .selectFrom("users")
      .select("unsubscribe_token")
      .where("id", "=", follower.id)
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: "POST",
      url: `/afmelden/${oneClick.unsubscribe_token}`,
      headers: { host: "localhost", "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(res.statusCode).toBe(200);
    expect(await mode()).toBe("never");
    expect((await t.agent().get("/afmelden/niet-bestaand-token-12345678901")).statusCode).toBe(404);
    expect((await t.agent().post("/afmelden/!!")).statusCode).toBe(404);
    await (await t.agentFor(t.users.official)).post(`/admin/ideeen/${id}/bericht`, { text: "Nog een bericht." });
    t.mail.sent.length = 0;
    await t.drainOutbox();
    expect(t.mail.sent.some((m) => m.to === follower.email)).toBe(false);
    expect((await agent.post(`/ideeen/${id}/ontvolgen`)).statusCode).toBe(303);
  });

  it("unsubscribes through the confirm page's button, and only for this site's accounts", async () => {
    const reader = await t.newUser();
    const { unsubscribe_token: token } = await t.services.db.kysely
      .selectFrom("users")
      .select("unsubscribe_token")
      .where("id", "=", reader.id)
      .executeTakeFirstOrThrow();
    const { createSite } = await import("../../../core/sites/store");
    const other = await createSite(
      t.services.db.kysely,
      { slug: `u${reader.id}`, name: "Anders", hosts: [`anders${reader.id}.example`] },
      t.clock(),
    );
    void other;
    const foreign = t.agent();
    foreign.host = `anders${reader.id}.example`;
    expect((await foreign.get(`/afmelden/${token}`)).statusCode).toBe(404);
    expect((await foreign.post(`/afmelden/${token}`)).statusCode).toBe(404);
    const visitor = t.agent();
    const page = await visitor.get(`/afmelden/${token}`);
    expect(page.body).toContain(`action="/afmelden/${token}"`);
    const res = await visitor.post(`/afmelden/${token}`);
    expect(res.statusCode).toBe(303);
    expect((await visitor.get(`/afmelden/${token}`)).body).toContain("U bent afgemeld");
    const row = await t.services.db.kysely
      .selectFrom("users")
      .select("notify_mode")
      .where("id", "=", reader.id)
      .executeTakeFirstOrThrow();
    expect(row.notify_mode).toBe("never");
  });
});
