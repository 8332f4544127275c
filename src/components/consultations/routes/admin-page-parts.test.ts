// Staff pages for what the public consultation page shows: polls (create, edit, lock, close),
// links to other parts of the site, documents (type from the content, size limit, removal) and
// updates mailed to followers. Every write: outsiders refused, CSRF checked, bad input → 400.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { jpegWithGps } from "../../../core/photos/test/images";
import { createOpinionsComponent } from "../../opinions/manifest";
import { consultationsComponent } from "../manifest";
import { mailUpdate } from "../notify/update-mails";
import { castVote } from "../polls/store";
import { choiceIds, newPoll, publishedConsultation, votesIn } from "../test/page-factories";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "latin1");
const filePart = (bytes: Buffer, contentType = "application/pdf") => ({
  name: "file",
  file: { filename: "bestand.pdf", contentType, bytes },
});

describe.each(testDatabases)("staff pages for the consultation page on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [consultationsComponent, createOpinionsComponent()] });
  });
  afterAll(async () => {
    await t?.close();
  });
  const count = async (table: "polls" | "consultation_links" | "consultation_documents" | "consultation_updates") =>
    Number(
      (
        await t.services.db.kysely
          .selectFrom(table)
          .select((e) => e.fn.countAll<number | string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("lets an official create, edit and close a poll; choices are locked once anyone voted", async () => {
    const db = t.services.db.kysely;
    const id = await publishedConsultation(t);
    const official = await t.agentFor(t.users.official);
    expect((await official.get(`/admin/raadplegingen/${id}/peilingen/nieuw`)).statusCode).toBe(200);
    const form = {
      question: "Wat wilt u?",
      choices: "Groen\nSpelen",
      results: "afterClose",
      onHome: "1",
      published: "1",
    };
    const made = await official.post(`/admin/raadplegingen/${id}/peilingen/nieuw`, form);
    expect(made.statusCode).toBe(303);
    const poll = Number(String(made.headers.location).split("/").pop());
    const row = await db.selectFrom("polls").selectAll().where("id", "=", poll).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ question: "Wat wilt u?", results: "afterClose", on_home: 1, published: 1 });
    expect((await official.get(`/admin/raadplegingen/${id}/peilingen`)).body).toContain("Wat wilt u?");
    // Before any vote a choice may be added.
    expect(
      (await official.post(`/admin/peilingen/${poll}`, { ...form, choices: "Groen\nSpelen\nBankjes" })).statusCode,
    ).toBe(303);
    const [groen] = await choiceIds(t, poll);
    await castVote(db, poll, groen!, t.users.resident.id, t.clock());
    const locked = await official.post(`/admin/peilingen/${poll}`, { ...form, choices: "Groen\nSpelen" });
    expect(locked.statusCode).toBe(400);
    expect(locked.body).toContain("Er is al gestemd.");
    expect(locked.body).toContain("Groen\nSpelen</textarea>");
    // Fixing a typo keeps the vote on its choice.
    expect(
      (await official.post(`/admin/peilingen/${poll}`, { ...form, choices: "Meer groen\nSpelen\nBankjes" })).statusCode,
    ).toBe(303);
    const page = await official.get(`/admin/peilingen/${poll}`);
    expect(page.body).toMatch(/scope="row"[^>]*>Meer groen<\/th><td[^>]*>1<\/td>/);
    expect((await official.post(`/admin/peilingen/${poll}/sluiten`)).statusCode).toBe(303);
    const closedAt = (await db.selectFrom("polls").select("closed_at").where("id", "=", poll).executeTakeFirstOrThrow())
      .closed_at;
    expect(closedAt).not.toBeNull();
    expect((await official.post(`/admin/peilingen/${poll}/sluiten`)).statusCode).toBe(303);
    const log = await db.selectFrom("audit_log").select("action").where("subject", "=", `poll:${poll}`).execute();
    expect(log.map((l) => l.action)).toEqual([
      "consultations.poll.created",
      "consultations.poll.updated",
      "consultations.poll.updated",
      "consultations.poll.closed",
    ]);
    expect(await votesIn(t, poll)).toBe(1);
  });

  it("answers bad poll input with 400 beside the field; refuses outsiders, forgeries, other sites", async () => {
    const id = await publishedConsultation(t);
    const poll = await newPoll(t, id);
    const before = await count("polls");
    const official = await t.agentFor(t.users.official);
    const good = {
      question: "Wat wilt u?",
      choices: "Groen\nSpelen",
      results: "afterVote",
      onHome: "0",
      published: "1",
    };
    for (const [change, field, message] of [
      [{ question: "ab" }, "question", "Vul een vraag in van minstens 3 tekens."],
      [{ choices: "Groen" }, "choices", "Vul minstens 2 keuzes in, elk op een eigen regel."],
      [{ choices: "Groen\ngroen" }, "choices", "Elke keuze mag maar één keer voorkomen."],
      [{ results: "nooit" }, "results", "forms.errors.invalid"],
    ] as const) {
      const res = await official.post(`/admin/raadplegingen/${id}/peilingen/nieuw`, { ...good, ...change });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(`id="field-${field}-error"`);
      if (!message.startsWith("forms.")) expect(res.body).toContain(message);
    }
    for (const role of ["resident", "moderator", "council"] as const) {
      const agent = await t.agentFor(t.users[role]);
      expect((await agent.post(`/admin/raadplegingen/${id}/peilingen/nieuw`, good)).statusCode).toBe(403);
      expect((await agent.post(`/admin/peilingen/${poll}/sluiten`)).statusCode).toBe(403);
      expect((await agent.get(`/admin/peilingen/${poll}`)).statusCode).toBe(403);
    }
    expect((await official.post(`/admin/raadplegingen/${id}/peilingen/nieuw`, { ...good, _csrf: "" })).statusCode).toBe(
      403,
    );
    expect((await official.post(`/admin/peilingen/${poll}/sluiten`, { _csrf: "" })).statusCode).toBe(403);
    const { createSite } = await import("../../../core/sites/store");
    const other = await createSite(
      t.services.db.kysely,
      { slug: "elders3", name: "Elders", hosts: ["elders3.example"] },
      t.clock(),
    );
    const foreign = await t.agentFor(await t.newUser({ siteId: other.id, roles: ["admin"] }));
    foreign.host = "elders3.example";
    expect((await foreign.get(`/admin/peilingen/${poll}`)).statusCode).toBe(404);
    expect((await foreign.post(`/admin/peilingen/${poll}/sluiten`)).statusCode).toBe(404);
    expect(await count("polls")).toBe(before);
    const row = await t.services.db.kysely
      .selectFrom("polls")
      .select("closed_at")
      .where("id", "=", poll)
      .executeTakeFirstOrThrow();
    expect(row.closed_at).toBeNull();
  });

  it("links a conversation of the site, shows it with its state, refuses unknown parts", async () => {
    const db = t.services.db.kysely;
    const now = t.clock().toISOString();
    const conversation = await db
      .insertInto("opinion_conversations")
      .values({
        site_id: t.site.id,
        topic: "Gesprek over het plein",
        introduction: "",
        statement_mode: "direct",
        participation: "account",
        opens_at: now,
        closes_at: null,
        imported: 0,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const id = await publishedConsultation(t);
    const official = await t.agentFor(t.users.official);
    const form = await official.get(`/admin/raadplegingen/${id}/koppelingen`);
    expect(form.body).toContain(`value="opinions:${conversation.id}"`);
    const before = await count("consultation_links");
    for (const parts of ["opinions:999999", "ideas:1", "zomaar"]) {
      const res = await official.post(`/admin/raadplegingen/${id}/koppelingen`, { parts });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("Kies alleen onderdelen uit de lijst.");
    }
    const resident = await t.agentFor(t.users.resident);
    expect(
      (await resident.post(`/admin/raadplegingen/${id}/koppelingen`, { parts: `opinions:${conversation.id}` }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await official.post(`/admin/raadplegingen/${id}/koppelingen`, {
          parts: `opinions:${conversation.id}`,
          _csrf: "",
        })
      ).statusCode,
    ).toBe(403);
    expect(await count("consultation_links")).toBe(before);
    expect(
      (await official.post(`/admin/raadplegingen/${id}/koppelingen`, { parts: `opinions:${conversation.id}` }))
        .statusCode,
    ).toBe(303);
    const page = await t.agent().get(`/raadplegingen/${id}`);
    expect(page.body).toContain(`href="/gesprekken/${conversation.id}"`);
    expect(page.body).toContain("nu open: open");
    // Unticking everything removes the link.
    expect((await official.post(`/admin/raadplegingen/${id}/koppelingen`, {})).statusCode).toBe(303);
    expect((await t.agent().get(`/raadplegingen/${id}`)).body).not.toContain(`href="/gesprekken/${conversation.id}"`);
  });

  it("stores a PDF and a photo (GPS dropped), removes them; refuses wrong types and large files", async () => {
    const db = t.services.db.kysely;
    const id = await publishedConsultation(t);
    const path = `/admin/raadplegingen/${id}/documenten`;
    const official = await t.agentFor(t.users.official);
    const before = await count("consultation_documents");
    const attempts: [Parameters<typeof official.postMultipart>[1], string][] = [
      [
        [
          { name: "name", value: "Plan" },
          filePart(Buffer.from("<html><script>alert(1)</script></html>"), "application/pdf"),
        ],
        "Dit bestand is geen PDF en geen foto.",
      ],
      [
        [
          { name: "name", value: "Plan" },
          filePart(Buffer.from("%PDF-1.4\n<< /S /JavaScript /JS (x) >>\n%%EOF\n", "latin1")),
        ],
        "Deze PDF bevat onderdelen",
      ],
      [
        [{ name: "name", value: "Plan" }, filePart(Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1)]))],
        "Het bestand is te groot.",
      ],
      [
        [
          { name: "name", value: "Plan" },
          { name: "file", value: "" },
        ],
        "Kies een bestand.",
      ],
      [[{ name: "name", value: "" }, filePart(PDF)], "Vul een naam in."],
    ];
    for (const [parts, message] of attempts) {
      const res = await official.postMultipart(path, parts);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(message);
    }
    const resident = await t.agentFor(t.users.resident);
    expect((await resident.postMultipart(path, [{ name: "name", value: "Plan" }, filePart(PDF)])).statusCode).toBe(403);
    expect(
      (
        await official.postMultipart(path, [
          { name: "_csrf", value: "" },
          { name: "name", value: "Plan" },
          filePart(PDF),
        ])
      ).statusCode,
    ).toBe(403);
    expect(await count("consultation_documents")).toBe(before);

    expect(
      (await official.postMultipart(path, [{ name: "name", value: "Ontwerp" }, filePart(PDF, "text/html")])).statusCode,
    ).toBe(303);
    const photo = await jpegWithGps();
    expect(
      (
        await official.postMultipart(path, [
          { name: "name", value: "Foto van het plein" },
          filePart(photo, "application/pdf"),
        ])
      ).statusCode,
    ).toBe(303);
    const docs = await db
      .selectFrom("consultation_documents")
      .selectAll()
      .where("consultation_id", "=", id)
      .orderBy("id")
      .execute();
    expect(docs.map((d) => [d.name, d.kind])).toEqual([
      ["Ontwerp", "pdf"],
      ["Foto van het plein", "image"],
    ]);
    const image = await t.agent().get(`/raadplegingen/${id}/documenten/${docs[1]!.id}`);
    expect(image.headers["content-type"]).toBe("image/webp");
    expect(image.headers["content-disposition"]).toBe('attachment; filename="foto-van-het-plein.webp"');
    const meta = await sharp(image.rawPayload).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();

    const remove = `${path}/${docs[0]!.id}/verwijderen`;
    expect((await resident.post(remove)).statusCode).toBe(403);
    expect((await official.post(remove, { _csrf: "" })).statusCode).toBe(403);
    expect((await official.post(remove)).statusCode).toBe(303);
    expect((await official.post(remove)).statusCode).toBe(404);
    expect((await t.agent().get(`/raadplegingen/${id}/documenten/${docs[0]!.id}`)).statusCode).toBe(404);
    const log = await db.selectFrom("audit_log").select("action").where("subject", "=", `consultation:${id}`).execute();
    expect(log.map((l) => l.action)).toEqual([
      "consultations.document.added",
      "consultations.document.added",
      "consultations.document.removed",
    ]);
  });

  it("posts an update, shows it, and mails it once to followers who want mail", async () => {
    const db = t.services.db.kysely;
    const id = await publishedConsultation(t, { title: "Plein met volgers" });
    const follower = await t.newUser({ email: "volger@example.org" });
    const quiet = await t.newUser({ email: "stil@example.org" });
    await db.updateTable("users").set({ notify_mode: "never" }).where("id", "=", quiet.id).execute();
    for (const u of [follower, quiet]) {
      const agent = await t.agentFor(u);
      expect((await agent.post(`/raadplegingen/${id}/volgen`, { volgen: "1" })).statusCode).toBe(303);
    }
    const official = await t.agentFor(t.users.official);
    const path = `/admin/raadplegingen/${id}/berichten`;
    expect((await official.get(path)).body).toContain("2 mensen volgen deze raadpleging.");
    const before = await count("consultation_updates");
    const bad = await official.post(path, { title: "ab", body: "" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="field-title-error"');
    expect(bad.body).toContain('id="field-body-error"');
    const followerAgent = await t.agentFor(follower);
    expect((await followerAgent.post(path, { title: "Nieuws", body: "Tekst" })).statusCode).toBe(403);
    expect((await official.post(path, { title: "Nieuws", body: "Tekst", _csrf: "" })).statusCode).toBe(403);
    expect(await count("consultation_updates")).toBe(before);

    t.mail.sent.length = 0;
    expect(
      (await official.post(path, { title: "De ontwerpen zijn klaar", body: "Bekijk **beide** ontwerpen." })).statusCode,
    ).toBe(303);
    await t.drainOutbox();
    const mails = t.mail.sent.filter((m) => m.subject.includes("Plein met volgers"));
    expect(mails.map((m) => m.to)).toEqual(["volger@example.org"]);
    expect(mails[0]!.subject).toBe("Nieuws over Plein met volgers: De ontwerpen zijn klaar");
    expect(mails[0]!.text).toContain("Bekijk beide ontwerpen.");
    expect(mails[0]!.text).toContain(`/raadplegingen/${id}`);
    // A retried outbox row mails nobody twice.
    const update = await db
      .selectFrom("consultation_updates")
      .select("id")
      .where("consultation_id", "=", id)
      .executeTakeFirstOrThrow();
    await mailUpdate(t.services, update.id);
    await t.drainOutbox();
    expect(t.mail.sent.filter((m) => m.subject.includes("Plein met volgers"))).toHaveLength(1);
    expect((await t.agent().get(`/raadplegingen/${id}`)).body).toContain("De ontwerpen zijn klaar");
  });
});
