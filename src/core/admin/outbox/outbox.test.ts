import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { queueEvent, queueMail } from "../../mail/queue";
import { createOtherSite, expectAdminOnly, snapshot, type OtherSite } from "../test/fixtures";

describe.each(testDatabases)("admin outbox on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  beforeAll(async () => {
    t = await createTestApp(database);
    other = await createOtherSite(t);
    const db = t.services.db.kysely;
    await queueMail(
      db,
      t.site.id,
      {
        to: "sanne@example.org",
        subject: "Bevestig uw e-mailadres",
        text: "Open deze link: http://localhost:3000/bevestigen/abc123",
        html: "",
      },
      t.clock(),
    );
    t.clock.advance(60_000);
    await queueMail(
      db,
      t.site.id,
      {
        to: "karim@example.org",
        subject: "Nieuwe reactie",
        text: "Er is een reactie <script>alert(1)</script>",
        html: "",
      },
      t.clock(),
    );
    await queueEvent(db, t.site.id, "ideas.threshold-reached", { ideaId: 1 }, t.clock());
    await queueMail(
      db,
      null,
      { to: "installatie@example.org", subject: "Voor niemand", text: "x", html: "" },
      t.clock(),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const rowsOf = (siteId: number) =>
    t.services.db.kysely.selectFrom("outbox").selectAll().where("site_id", "=", siteId).orderBy("id").execute();
  const admin = () => t.agentFor(t.users.admin);

  it("lists this site's rows newest first, with recipient and subject of mail", async () => {
    const res = await (await admin()).get("/admin/outbox");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("3 berichten.");
    const newest = res.body.indexOf("Nieuwe reactie");
    const oldest = res.body.indexOf("Bevestig uw e-mailadres");
    expect(newest).toBeGreaterThan(0);
    expect(oldest).toBeGreaterThan(newest);
    expect(res.body).toContain("sanne@example.org");
    expect(res.body).toContain("ideas.threshold-reached");
    expect(res.body).not.toContain("Voor niemand");
    expect(res.body).not.toContain("Alleen voor Anderstad");
  });

  it("shows a mail in full, escaped", async () => {
    const [first, second] = await rowsOf(t.site.id);
    const agent = await admin();
    const res = await agent.get(`/admin/outbox/${first!.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("http://localhost:3000/bevestigen/abc123");
    expect(res.body).toContain(`Bericht ${first!.id}`);
    expect(res.body).not.toContain("Opnieuw proberen");
    const escaped = await agent.get(`/admin/outbox/${second!.id}`);
    expect(escaped.body).toContain("&lt;script>alert(1)&lt;/script>");
    expect(escaped.body).not.toContain("<script>alert(1)");
  });

  it("filters by status and pages, and refuses a bad filter or page with 400", async () => {
    const agent = await admin();
    const failed = await agent.get("/admin/outbox?status=failed");
    expect(failed.statusCode).toBe(200);
    expect(failed.body).toContain("0 berichten.");
    for (const url of [
      "/admin/outbox?status=weird",
      "/admin/outbox?pagina=nul",
      "/admin/outbox?status=failed&status=done",
    ]) {
      expect((await agent.get(url)).statusCode, url).toBe(400);
    }
  });

  it("retries a failed row with fresh attempts, audits it and refuses to retry a row that did not fail", async () => {
    const db = t.services.db.kysely;
    const [first] = await rowsOf(t.site.id);
    const agent = await admin();
    const before = await snapshot(t);
    const notFailed = await agent.post(`/admin/outbox/${first!.id}/opnieuw`);
    expect(notFailed.statusCode).toBe(409);
    expect(notFailed.body).toContain("Alleen een mislukt bericht");
    expect(await snapshot(t)).toEqual(before);

    await db
      .updateTable("outbox")
      .set({ status: "failed", attempts: 12, last_error: "550 mailbox unavailable" })
      .where("id", "=", first!.id)
      .execute();
    const page = await agent.get(`/admin/outbox/${first!.id}`);
    expect(page.body).toContain("550 mailbox unavailable");
    expect(page.body).toContain("Opnieuw proberen");
    const res = await agent.post(`/admin/outbox/${first!.id}/opnieuw`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/admin/outbox/${first!.id}`);
    const row = await db.selectFrom("outbox").selectAll().where("id", "=", first!.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", attempts: 0, next_attempt_at: t.clock().toISOString() });
    const entry = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "outbox.retried")
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      subject: `outbox:${first!.id}`,
      actor_user_id: t.users.admin.id,
      site_id: t.site.id,
    });
    await t.drainOutbox();
    expect(t.mail.sent.map((m) => m.subject)).toContain("Bevestig uw e-mailadres");
  });

  it("answers 404 for another site's row, a row without a site, or a malformed id", async () => {
    const agent = await admin();
    const global = await t.services.db.kysely
      .selectFrom("outbox")
      .select("id")
      .where("site_id", "is", null)
      .executeTakeFirstOrThrow();
    await t.services.db.kysely
      .updateTable("outbox")
      .set({ status: "failed" })
      .where("id", "in", [other.outboxId, global.id])
      .execute();
    const before = await snapshot(t);
    for (const id of [other.outboxId, global.id]) {
      expect((await agent.get(`/admin/outbox/${id}`)).statusCode).toBe(404);
      expect((await agent.post(`/admin/outbox/${id}/opnieuw`)).statusCode).toBe(404);
    }
    expect((await agent.get("/admin/outbox/1e3")).statusCode).toBe(404);
    expect(await snapshot(t)).toEqual(before);
  });

  it("is for admins only", async () => {
    const [first] = await rowsOf(t.site.id);
    await t.services.db.kysely.updateTable("outbox").set({ status: "failed" }).where("id", "=", first!.id).execute();
    await expectAdminOnly(t, "GET", "/admin/outbox");
    await expectAdminOnly(t, "GET", `/admin/outbox/${first!.id}`);
    await expectAdminOnly(t, "POST", `/admin/outbox/${first!.id}/opnieuw`);
  });
});
