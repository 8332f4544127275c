// Organisers' routes: outsiders refused, CSRF, every form's bad input (400, message beside the
// field, typed text kept, nothing changed), and the happy paths that the pages show.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { parseCsv } from "../../../core/csv";
import { createMeetingsApp, makeMeeting, validForm } from "../test/factories";

describe.each(testDatabases)("meetings staff routes on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createMeetingsApp(database);
  });
  afterAll(() => t.close());

  const meetingCount = async () =>
    Number(
      (
        await t.services.db.kysely
          .selectFrom("meetings")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("refuses outsiders, residents and moderators on every staff route, and a post without CSRF token", async () => {
    const id = await makeMeeting(t);
    const gets = [
      "",
      "/nieuw",
      `/${id}`,
      `/${id}/bewerken`,
      `/${id}/presentielijst`,
      `/${id}/aanmeldingen.csv`,
      `/${id}/mail`,
      `/${id}/verslag`,
      `/${id}/annuleren`,
      `/${id}/resultaten`,
    ];
    const posts = [
      "/nieuw",
      `/${id}/bewerken`,
      `/${id}/mail`,
      `/${id}/verslag`,
      `/${id}/annuleren`,
      `/${id}/resultaten`,
      `/${id}/resultaten/1/verwijderen`,
    ];
    const resident = await t.agentFor(t.users.resident);
    const moderator = await t.agentFor(t.users.moderator);
    for (const path of gets) {
      // Someone not logged in is sent to the log-in page (or, for a file, refused).
      const anonymous = await t.agent().get(`/admin/bijeenkomsten${path}`);
      expect([401, 303], path).toContain(anonymous.statusCode);
      if (anonymous.statusCode === 303) expect(String(anonymous.headers.location)).toContain("/inloggen");
      expect((await resident.get(`/admin/bijeenkomsten${path}`)).statusCode, path).toBe(403);
      expect((await moderator.get(`/admin/bijeenkomsten${path}`)).statusCode, path).toBe(403);
    }
    const before = await meetingCount();
    for (const path of posts) {
      expect((await resident.post(`/admin/bijeenkomsten${path}`, validForm())).statusCode, path).toBe(403);
    }
    const official = await t.agentFor(t.users.official);
    expect((await official.post("/admin/bijeenkomsten/nieuw", { ...validForm(), _csrf: "" })).statusCode).toBe(403);
    expect(await meetingCount()).toBe(before);
  });

  it("creates a meeting from the form, and shows it in the list and on its page in both languages", async () => {
    const official = await t.agentFor(t.users.official);
    const res = await official.post("/admin/bijeenkomsten/nieuw", validForm());
    expect(res.statusCode).toBe(303);
    const id = Number(/\/(\d+)$/.exec(String(res.headers.location))![1]);
    const row = await t.services.db.kysely
      .selectFrom("meetings")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    // 19:30 in Amsterdam in December is 18:30 UTC.
    expect(row).toMatchObject({
      starts_at: "2026-12-10T18:30:00.000Z",
      ends_at: "2026-12-10T20:30:00.000Z",
      capacity: 3,
      wheelchair: 1,
    });
    const list = await t.agent().get("/bijeenkomsten");
    expect(list.body).toContain("Buurtavond over het plein");
    const en = await t.agent().get(`/bijeenkomsten/${id}?lang=en`);
    expect(en.statusCode).toBe(200);
    const edit = await official.get(`/admin/bijeenkomsten/${id}/bewerken`);
    expect(edit.body).toContain('value="19:30"');
  });

  it("rejects bad input on the meeting form with messages beside the fields and keeps the typed text", async () => {
    const official = await t.agentFor(t.users.official);
    const before = await meetingCount();
    const cases: [Record<string, string>, string[]][] = [
      [
        { title: "", description: "kort", kind: "x", date: "2026-02-30", startTime: "25:00", endTime: "7pm" },
        ["title", "description", "kind", "date", "startTime", "endTime"],
      ],
      [{ startTime: "21:00", endTime: "20:00" }, ["endTime"]],
      [{ place: "" }, ["place"]],
      [{ kind: "online", place: "", onlineUrl: "http://niet-veilig.example" }, ["onlineUrl"]],
      [{ kind: "hybrid", onlineUrl: "https://meet.example.org/x", registration: "none" }, ["registration"]],
      [{ capacity: "0" }, ["capacity"]],
      [{ capacity: "veel" }, ["capacity"]],
      [{ relatedUrl: "https://elders.example/", relatedLabel: "Elders" }, ["relatedUrl"]],
      [{ relatedUrl: "/ideeen", relatedLabel: "" }, ["relatedLabel"]],
      [{ areaId: "999999" }, []],
    ];
    for (const [change, fields] of cases) {
      const res = await official.post("/admin/bijeenkomsten/nieuw", { ...validForm(), ...change });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      for (const f of fields) expect(res.body, f).toContain(`id="field-${f}-error"`);
    }
    const kept = await official.post("/admin/bijeenkomsten/nieuw", {
      ...validForm(),
      title: "Mijn titel <b>",
      capacity: "veel",
    });
    expect(kept.body).toContain('value="Mijn titel &lt;b>"');
    expect(await meetingCount()).toBe(before);
  });

  it("an edit raises SEQUENCE, mails registered people, refuses a capacity below the places given", async () => {
    const id = await makeMeeting(t, { capacity: 2 });
    for (let i = 0; i < 2; i++) await (await t.agentFor(await t.newUser())).post(`/bijeenkomsten/${id}/aanmelden`, {});
    const official = await t.agentFor(t.users.official);
    const low = await official.post(`/admin/bijeenkomsten/${id}/bewerken`, { ...validForm(), capacity: "1" });
    expect(low.statusCode).toBe(400);
    expect(low.body).toContain('id="field-capacity-error"');
    t.mail.sent.length = 0;
    expect(
      (
        await official.post(`/admin/bijeenkomsten/${id}/bewerken`, {
          ...validForm(),
          startTime: "20:00",
          endTime: "22:00",
        })
      ).statusCode,
    ).toBe(303);
    const row = await t.services.db.kysely
      .selectFrom("meetings")
      .select(["sequence", "starts_at"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ sequence: 1, starts_at: "2026-12-10T19:00:00.000Z" });
    await t.drainOutbox();
    expect(t.mail.sent.filter((m) => m.subject.startsWith("Gewijzigd"))).toHaveLength(2);
  });

  it("lists registrations with their answers, exports them as CSV and prints a sign-in sheet", async () => {
    const id = await makeMeeting(t, { capacity: 1 });
    const a = await t.newUser({ name: "Anna Jansen" });
    const b = await t.newUser({ name: "=SUM(A1) Bram" });
    await (await t.agentFor(a)).post(`/bijeenkomsten/${id}/aanmelden`, { dietary: "Glutenvrij", interpreter: "1" });
    await (await t.agentFor(b)).post(`/bijeenkomsten/${id}/aanmelden`, { remarks: "Ik kom later" });
    const official = await t.agentFor(t.users.official);
    const page = await official.get(`/admin/bijeenkomsten/${id}`);
    expect(page.body).toContain("Glutenvrij");
    expect(page.body).toContain("Ik kom later");
    const csv = await official.get(`/admin/bijeenkomsten/${id}/aanmeldingen.csv`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const [header, ...rows] = parseCsv(csv.body, "aanmeldingen.csv").map((r) => r.fields);
    const at = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[at("name")], r[at("status")], r[at("dietary_needs")], r[at("interpreter")]])).toEqual([
      ["Anna Jansen", "confirmed", "Glutenvrij", "yes"],
      ["=SUM(A1) Bram", "waiting", "", "no"],
    ]);
    // A name that looks like a formula is neutralised, so a spreadsheet never runs it.
    expect(csv.body).toContain("'=SUM(A1) Bram");
    const sheet = await official.get(`/admin/bijeenkomsten/${id}/presentielijst`);
    expect(sheet.body).toContain("Anna Jansen");
    expect(sheet.body).not.toContain("Bram");
  });

  it("mails everyone registered, and refuses a bad mail", async () => {
    const id = await makeMeeting(t, { capacity: 1 });
    for (let i = 0; i < 2; i++) await (await t.agentFor(await t.newUser())).post(`/bijeenkomsten/${id}/aanmelden`, {});
    await t.drainOutbox();
    const official = await t.agentFor(t.users.official);
    const bad = await official.post(`/admin/bijeenkomsten/${id}/mail`, { subject: "", body: "kort" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="field-subject-error"');
    expect(bad.body).toContain('id="field-body-error"');
    t.mail.sent.length = 0;
    await t.drainOutbox();
    expect(t.mail.sent).toHaveLength(0);
    expect(
      (
        await official.post(`/admin/bijeenkomsten/${id}/mail`, {
          subject: "Andere zaal",
          body: "We zitten in zaal 2, op de eerste verdieping.",
        })
      ).statusCode,
    ).toBe(303);
    await t.drainOutbox();
    expect(t.mail.sent.filter((m) => m.subject.startsWith("Andere zaal"))).toHaveLength(2);
  });

  it("records minutes, attendees and outcomes after the meeting, and shows them on its page", async () => {
    const id = await makeMeeting(t, { startsAt: "2026-11-20T18:30:00.000Z", endsAt: "2026-11-20T20:30:00.000Z" });
    const official = await t.agentFor(t.users.official);
    const bad = await official.post(`/admin/bijeenkomsten/${id}/verslag`, { minutes: "Goed", attendees: "-3" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="field-attendees-error"');
    expect(
      (
        await official.post(`/admin/bijeenkomsten/${id}/verslag`, {
          minutes: "**Besproken:** het plein.",
          attendees: "34",
        })
      ).statusCode,
    ).toBe(303);
    const badOutcome = await official.post(`/admin/bijeenkomsten/${id}/resultaten`, {
      label: "Idee",
      url: "javascript:alert(1)",
    });
    expect(badOutcome.statusCode).toBe(400);
    expect(badOutcome.body).toContain('id="field-url-error"');
    expect(
      (await official.post(`/admin/bijeenkomsten/${id}/resultaten`, { label: "Idee over bankjes", url: "/ideeen/1" }))
        .statusCode,
    ).toBe(303);
    const page = await t.agent().get(`/bijeenkomsten/${id}`);
    expect(page.body).toContain("<strong>Besproken:</strong>");
    expect(page.body).toContain("34 mensen waren aanwezig");
    expect(page.body).toContain('href="/ideeen/1"');
    // Not before the meeting has begun.
    const future = await makeMeeting(t);
    expect(
      (await official.post(`/admin/bijeenkomsten/${future}/verslag`, { minutes: "Te vroeg", attendees: "" }))
        .statusCode,
    ).toBe(409);
  });

  it("bad input on the edit, cancel, minutes and outcome forms changes nothing", async () => {
    const id = await makeMeeting(t, { startsAt: "2026-11-20T18:30:00.000Z", endsAt: "2026-11-20T20:30:00.000Z" });
    const k = t.services.db.kysely;
    const snapshot = async () => ({
      meeting: await k.selectFrom("meetings").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
      outcomes: await k.selectFrom("meeting_outcomes").selectAll().where("meeting_id", "=", id).execute(),
    });
    const before = await snapshot();
    const official = await t.agentFor(t.users.official);
    const attempts: [string, Record<string, string>, string][] = [
      ["bewerken", { ...validForm(), title: "Kort" }, "title"],
      ["annuleren", { reason: "nee" }, "reason"],
      ["annuleren", { reason: "x".repeat(501) }, "reason"],
      ["verslag", { minutes: "x".repeat(20_001), attendees: "" }, "minutes"],
      ["resultaten", { label: "", url: "/ideeen/1" }, "label"],
      ["resultaten", { label: "Een idee", url: "//elders.example/pad" }, "url"],
    ];
    for (const [path, form, field] of attempts) {
      const res = await official.post(`/admin/bijeenkomsten/${id}/${path}`, form);
      expect(res.statusCode, path).toBe(400);
      expect(res.body, path).toContain(`id="field-${field}-error"`);
    }
    const cancelled = await official.post(`/admin/bijeenkomsten/${id}/annuleren`, { reason: "Nee" });
    expect(cancelled.body).toContain('value="Nee"');
    expect(await snapshot()).toEqual(before);
  });

  it("does not show or change another site's meeting", async () => {
    const other = await t.services.db.kysely
      .insertInto("sites")
      .values({
        slug: "ander",
        name: "Ander",
        is_default: 0,
        languages: "nl,en",
        theme_class: "",
        council_name: "R",
        council_emails: "",
        accessibility_nl: "",
        accessibility_en: "",
        privacy_nl: "",
        privacy_en: "",
        created_at: new Date().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const id = await makeMeeting(t);
    await t.services.db.kysely.updateTable("meetings").set({ site_id: other.id }).where("id", "=", id).execute();
    const official = await t.agentFor(t.users.official);
    expect((await official.get(`/admin/bijeenkomsten/${id}`)).statusCode).toBe(404);
    expect((await t.agent().get(`/bijeenkomsten/${id}`)).statusCode).toBe(404);
    expect(
      (await official.post(`/admin/bijeenkomsten/${id}/annuleren`, { reason: "Zomaar afgelast" })).statusCode,
    ).toBe(404);
  });
});
