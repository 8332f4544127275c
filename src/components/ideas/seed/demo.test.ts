import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type Built } from "../../../app";
import { loadConfig } from "../../../config";
import type { Db } from "../../../core/db/database";
import type { Site } from "../../../core/db/types";
import type { TestApp } from "../../../../test/support/app";
import { seedDemo } from "../../../core/sites/demo";
import { testClock } from "../../../../test/support/clock";
import { capturingTransport, type CapturedMail } from "../../../../test/support/mail";
import { processOutboxOnce } from "../../../core/events/outbox-worker";
import { DEMO_ACCOUNTS } from "../../../core/sites/demo";
import { supportIdea } from "../commands/support-idea";
import { ideasWithCounterDrift } from "../store/support-counts";
import { asCurrentUser, bulkResidents } from "../test/factories";
import { testDatabases } from "../../../../test/support/databases";
import { IDEA_STATES } from "../domain/states";
import { ideasComponent } from "../manifest";
import { DEMO_PHOTOS } from "./demo-photos";
import { DEMO_PAPER_IDEA } from "./demo-paper";
import { storedBoundary } from "../../../core/places/boundary";
import { areaOfPoint } from "../../../core/places/area-of-point";
import { fromE6 } from "../../../core/places/point";

describe.each(testDatabases)("the ideas demo on $name", (database) => {
  let built: Built;
  let db: Db;
  let mail: CapturedMail;
  beforeAll(async () => {
    mail = capturingTransport();
    db = await database.open();
    built = await build(loadConfig({ LOG_LEVEL: "silent" }), {
      db,
      clock: testClock(),
      mail,
      workers: false,
      components: [ideasComponent],
    });
    await seedDemo(built.services);
  });
  afterAll(async () => {
    await built?.close();
    await db?.close();
  });

  it("writes every idea's timeline in the order it happened, and so every reader tells it by date", async () => {
    const events = await db.kysely
      .selectFrom("idea_events")
      .select(["idea_id", "id", "created_at"])
      .orderBy("idea_id")
      .orderBy("id")
      .execute();
    const byIdea = new Map<number, typeof events>();
    for (const e of events) byIdea.set(e.idea_id, [...(byIdea.get(e.idea_id) ?? []), e]);
    expect(byIdea.size).toBeGreaterThanOrEqual(10);
    for (const [ideaId, list] of byIdea) {
      const dates = list.map((e) => e.created_at);
      expect(dates, `idea ${ideaId}`).toEqual([...dates].sort());
    }
  });

  it("shows a living district: every public state, an overdue and an expired idea, comments, answers", async () => {
    const k = db.kysely;
    const states = new Set((await k.selectFrom("ideas").select("state").execute()).map((r) => r.state));
    for (const s of IDEA_STATES.filter((s) => s !== "draft")) expect(states, s).toContain(s);
    const residents = Number(
      (
        await k
          .selectFrom("users")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(residents).toBeGreaterThanOrEqual(45);
    const overdue = await k
      .selectFrom("ideas")
      .select("id")
      .where("state", "in", ["forwarded", "scheduled"])
      .where("due_at", "<", built.services.clock().toISOString())
      .execute();
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(
      Number(
        (
          await k
            .selectFrom("idea_comments")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThan(5);
    const answered = await k.selectFrom("ideas").select("answer_text").where("answer_text", "is not", null).execute();
    expect(answered.length).toBeGreaterThanOrEqual(3);
    // Counters equal the rows they count: online supports plus lines on paper.
    expect(await ideasWithCounterDrift(k)).toEqual([]);
    // One idea has supports on paper, from a batch (a pile of forms here: no meetings component).
    const onPaper = await k
      .selectFrom("ideas")
      .select(["title", "paper_support_count"])
      .where("paper_support_count", ">", 0)
      .execute();
    expect(onPaper.map((d) => [d.title, d.paper_support_count])).toEqual([[DEMO_PAPER_IDEA, 5]]);
  });

  it("renders the list, an idea page, the accountability page and the officials' dashboard", async () => {
    const get = (url: string) => built.app.inject({ method: "GET", url, headers: { host: "localhost" } });
    const list = await get("/ideeen");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Meer bankjes in het Erasmuspark");
    const scheduled = await db.kysely
      .selectFrom("ideas")
      .select("id")
      .where("title", "=", "Buurtkamer in het oude bibliotheekgebouw")
      .executeTakeFirstOrThrow();
    const page = await get(`/ideeen/${scheduled.id}`);
    expect(page.body).toContain("te laat. De gemeente had uiterlijk op");
    expect((await get("/verantwoording")).body).toContain("Nu te laat");
    expect((await get("/")).body).toContain("Ideeën die bijna genoeg steun hebben");
  });

  it("gives a few ideas a photo, shown as a thumbnail in the list and in full on the idea page", async () => {
    const get = (url: string) => built.app.inject({ method: "GET", url, headers: { host: "localhost" } });
    for (const demo of DEMO_PHOTOS) {
      const idea = await db.kysely
        .selectFrom("ideas")
        .select("id")
        .where("title", "=", demo.ideaTitle)
        .executeTakeFirstOrThrow();
      const page = await get(`/ideeen/${idea.id}`);
      expect(page.body).toContain(`alt="${demo.alt}"`);
      const src = /<img class="photo" src="([^"]+)"/.exec(page.body)![1]!;
      expect((await get(src)).headers["content-type"]).toBe("image/webp");
    }
    const list = await get("/ideeen");
    expect(list.body.match(/class="photo-thumb"/g)).toHaveLength(DEMO_PHOTOS.length);
  });

  it("sends the forwarding mail to the demo council member's account too", async () => {
    const k = db.kysely;
    const member = DEMO_ACCOUNTS.find((a) => a.role === "council")!;
    const account = await k.selectFrom("users").selectAll().where("email", "=", member.email).executeTakeFirstOrThrow();
    const idea = await k
      .selectFrom("ideas")
      .select(["id", "title", "threshold", "support_count"])
      .where("state", "=", "open")
      .orderBy("support_count", "desc")
      .executeTakeFirstOrThrow();
    const site = (await k.selectFrom("sites").selectAll().executeTakeFirstOrThrow()) as Site;
    // bulkResidents needs only the services, the clock and the site of a test app.
    const onDemo = { services: built.services, clock: built.services.clock, site } as unknown as TestApp;
    for (const r of await bulkResidents(onDemo, idea.threshold - idea.support_count))
      await supportIdea(built.services, site, asCurrentUser(r), idea.id);
    while ((await processOutboxOnce(built.services)) > 0) {
      /* deliver everything */
    }
    const filed = await k
      .selectFrom("outbox")
      .select("payload")
      .where("kind", "=", "mail")
      .where("user_id", "=", account.id)
      .execute();
    expect(filed.some((r) => r.payload.includes(idea.title))).toBe(true);
    expect(mail.sent.some((m) => m.to === member.email && m.subject.includes(idea.title))).toBe(true);
  });
  it("gives every area a boundary and puts at least twenty visible ideas inside their own area", async () => {
    const k = built.services.db.kysely;
    const areas = await k.selectFrom("areas").select(["id", "boundary"]).execute();
    expect(areas.every((a) => storedBoundary(a.boundary) !== null)).toBe(true);
    const ideas = await k
      .selectFrom("ideas")
      .select(["area_id", "location_lat_e6", "location_lng_e6"])
      .where("state", "not in", ["hidden", "withdrawn", "draft"])
      .where("location_lat_e6", "is not", null)
      .execute();
    expect(ideas.length).toBeGreaterThanOrEqual(20);
    const shapes = areas.map((a) => ({ id: a.id, shape: storedBoundary(a.boundary) }));
    for (const i of ideas) {
      const point = { lat: fromE6(i.location_lat_e6!), lng: fromE6(i.location_lng_e6!) };
      expect(areaOfPoint(shapes, point)).toEqual({ kind: "inside", areaId: i.area_id });
    }
    expect(new Set(ideas.map((i) => i.area_id)).size).toBe(areas.length);
  });
});
