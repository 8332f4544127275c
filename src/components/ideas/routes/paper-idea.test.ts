// Ideas proposed on paper (docs/paper.md): entered by staff for a written name or an account,
// published at once with their source, counted on the accountability page; bad input and outsiders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { areaIds, createIdeasApp } from "../test/factories";

describe.each(testDatabases)("ideas on paper on $name", (database) => {
  let t: TestApp;
  let area: number;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    [area] = (await areaIds(t)) as [number];
  });
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.services.db.kysely;
  const ideaCount = async () =>
    Number(
      (
        await db()
          .selectFrom("ideas")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const form = (extra: Record<string, string> = {}) => ({
    batch: "new",
    batchLabel: "Balie stadsdeelkantoor",
    title: "Meer prullenbakken langs de kade",
    body: "Langs de kade waait veel afval in het water. Zet er prullenbakken.",
    areaId: String(area),
    category: "clean",
    ...extra,
  });

  it("publishes an idea for a written name: the name shows as author, the source is recorded and counted", async () => {
    const official = await t.agentFor(t.users.official);
    expect((await official.get("/admin/ideeen/papier/nieuw")).statusCode).toBe(200);
    const res = await official.post("/admin/ideeen/papier/nieuw", form({ proposerName: "Mevrouw A. Yilmaz" }));
    expect(res.statusCode).toBe(303);
    const id = Number(/\/ideeen\/(\d+)/.exec(res.headers.location as string)![1]);
    const idea = await db().selectFrom("ideas").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect([idea.state, idea.author_id, idea.paper_author_name]).toEqual([
      "open",
      t.users.official.id,
      "Mevrouw A. Yilmaz",
    ]);
    const batch = await db()
      .selectFrom("paper_batches")
      .selectAll()
      .where("id", "=", idea.paper_batch_id!)
      .executeTakeFirstOrThrow();
    expect([batch.label, batch.entered_by]).toEqual(["Balie stadsdeelkantoor", t.users.official.id]);
    expect((await t.agent().get(`/ideeen/${id}`)).body).toContain("Mevrouw A. Yilmaz");
    const acc = (await t.agent().get("/verantwoording.json")).json();
    expect(acc.submittedOnPaper).toBe(1);
    expect((await t.agent().get("/verantwoording")).body).toContain("waarvan 1 op papier");
    const audit = await db().selectFrom("audit_log").selectAll().where("action", "=", "ideas.paper.idea").execute();
    expect(audit.map((a) => a.subject)).toContain(`idea:${id}`);
  });

  it("links the idea to an account found by its address, in the same batch", async () => {
    const official = await t.agentFor(t.users.official);
    const batch = await db().selectFrom("paper_batches").select("id").orderBy("id", "desc").executeTakeFirstOrThrow();
    const res = await official.post(
      "/admin/ideeen/papier/nieuw",
      form({
        batch: String(batch.id),
        proposerEmail: t.users.resident.email!.toUpperCase(),
        title: "Een bankje bij de bushalte",
      }),
    );
    expect(res.statusCode).toBe(303);
    const idea = await db()
      .selectFrom("ideas")
      .selectAll()
      .where("title", "=", "Een bankje bij de bushalte")
      .executeTakeFirstOrThrow();
    expect([idea.author_id, idea.paper_author_name, idea.paper_batch_id]).toEqual([
      t.users.resident.id,
      null,
      batch.id,
    ]);
  });

  it("answers bad input with the form and its messages, and saves nothing", async () => {
    const official = await t.agentFor(t.users.official);
    const before = await ideaCount();
    const cases: [Record<string, string>, string][] = [
      [form(), "Vul de naam op het formulier in"],
      [form({ proposerEmail: "niemand@example.org" }), "Er is geen account met dit e-mailadres"],
      [form({ proposerName: "Jan", title: "Kort" }), "field-title"],
      [form({ proposerName: "Jan", areaId: "999999" }), "field-areaId"],
      [form({ proposerName: "Jan", batchLabel: "" }), "Geef de nieuwe stapel een naam"],
      [form({ proposerName: "N".repeat(101) }), "field-proposerName"],
    ];
    for (const [body, text] of cases) {
      const res = await official.post("/admin/ideeen/papier/nieuw", body);
      expect(res.statusCode, text).toBe(400);
      expect(res.body).toContain(text);
    }
    expect(await ideaCount()).toBe(before);
  });

  it("refuses residents, moderators, the council, anonymous visitors and posts without a CSRF token", async () => {
    const before = await ideaCount();
    const body = form({ proposerName: "Jan" });
    for (const who of [t.users.resident, t.users.moderator, t.users.council])
      expect((await (await t.agentFor(who)).post("/admin/ideeen/papier/nieuw", body)).statusCode).toBe(403);
    expect((await t.agent().post("/admin/ideeen/papier/nieuw", body)).statusCode).toBeGreaterThanOrEqual(300);
    const official = await t.agentFor(t.users.official);
    expect((await official.post("/admin/ideeen/papier/nieuw", { ...body, _csrf: "" })).statusCode).toBe(403);
    expect(await ideaCount()).toBe(before);
  });
});
