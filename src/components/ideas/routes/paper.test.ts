// Supports on paper (docs/paper.md): entry with its counts everywhere, the threshold, double
// counting, the participation rule on paper, corrections in the audit log, bad input, outsiders,
// CSRF, and the printable forms.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { areaId, setRule } from "../../../../test/support/participation";
import { addArea, createSite } from "../../../core/sites/store";
import { supportIdea } from "../commands/support-idea";
import { asCurrentUser, createIdea, createIdeasApp, ideaRow, setProcess } from "../test/factories";

describe.each(testDatabases)("supports on paper on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    await setProcess(t, { threshold: 50 });
  });
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.services.db.kysely;
  const counts = async (id: number) => {
    const row = await db()
      .selectFrom("ideas")
      .select(["support_count", "paper_support_count"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const lines = await db()
      .selectFrom("idea_paper_supports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("idea_id", "=", id)
      .executeTakeFirstOrThrow();
    return { total: row.support_count, paper: row.paper_support_count, lines: Number(lines.n) };
  };
  const audits = (action: string) => db().selectFrom("audit_log").selectAll().where("action", "=", action).execute();
  const lines = (...pairs: [string, string][]) =>
    Object.fromEntries(
      pairs.flatMap(([name, postcode], i) => [
        [`name${i + 1}`, name],
        [`postcode${i + 1}`, postcode],
      ]),
    );

  it("counts a signed list, shown as 'waarvan … op papier' on pages, API, CSV, accountability", async () => {
    const id = await createIdea(t, { title: "Speeltuin aan de Kade" });
    await supportIdea(t.services, t.site, asCurrentUser(t.users.resident), id);
    const official = await t.agentFor(t.users.official);
    expect((await official.get(`/admin/ideeen/${id}/papier`)).statusCode).toBe(200);
    const res = await official.post(`/admin/ideeen/${id}/papier`, {
      batch: "new",
      batchLabel: "Bibliotheek Noord, week 49",
      ...lines(["Jan de Vries", "1011 ab"], ["Fatima El Amrani", "1012CD"], ["Piet  Bakker", " 1013 EF "]),
    });
    expect(res.statusCode).toBe(303);
    expect(await counts(id)).toEqual({ total: 4, paper: 3, lines: 3 });
    const stored = await db()
      .selectFrom("idea_paper_supports")
      .selectAll()
      .where("idea_id", "=", id)
      .orderBy("id")
      .execute();
    expect(stored.map((s) => [s.name, s.postcode, s.entered_by])).toEqual([
      ["Jan de Vries", "1011 AB", t.users.official.id],
      ["Fatima El Amrani", "1012 CD", t.users.official.id],
      ["Piet Bakker", "1013 EF", t.users.official.id],
    ]);
    const batch = await db()
      .selectFrom("paper_batches")
      .selectAll()
      .where("id", "=", stored[0]!.batch_id)
      .executeTakeFirstOrThrow();
    expect([batch.kind, batch.label, batch.entered_by, batch.site_id]).toEqual([
      "form",
      "Bibliotheek Noord, week 49",
      t.users.official.id,
      t.site.id,
    ]);
    expect((await audits("ideas.paper.supports")).some((a) => a.subject === `idea:${id}`)).toBe(true);

    const page = await t.agent().get(`/ideeen/${id}`);
    expect(page.body).toContain("4 stemmen, waarvan 3 op papier");
    expect((await t.agent().get("/ideeen")).body).toContain("4 stemmen, waarvan 3 op papier");
    const api = (await t.agent().get(`/api/v1/ideas/${id}`)).json();
    expect([api.supportCount, api.paperSupportCount, api.counts.paperSupports]).toEqual([4, 3, 3]);
    const openapi = (await t.agent().get("/api/v1/openapi.json")).json();
    expect(openapi.components.schemas.Idea.properties.paperSupportCount.type).toBe("integer");
    const csv = (await t.agent().get("/ideeen.csv")).body.split("\r\n");
    const header = csv[0]!.split(",");
    const row = csv.find((l) => l.startsWith(`${id},`))!.split(",");
    expect(row[header.indexOf("paper_supports")]).toBe("3");
    const acc = (await t.agent().get("/verantwoording.json")).json();
    expect(acc.paperSupports).toBeGreaterThanOrEqual(3);
    expect(acc.supports).toBeGreaterThanOrEqual(acc.paperSupports + 1);
    expect((await t.agent().get("/verantwoording")).body).toContain("op papier");
    // Staff see the lines with their source.
    const staffPage = (await official.get(`/admin/ideeen/${id}/papier`)).body;
    expect(staffPage).toContain("Fatima El Amrani");
    expect(staffPage).toContain("Bibliotheek Noord, week 49");
  });

  it("forwards the idea when paper supports reach the threshold: the promise is to the neighbourhood", async () => {
    await setProcess(t, { threshold: 2 });
    const id = await createIdea(t, { title: "Bloembakken op het plein" });
    await setProcess(t, { threshold: 50 });
    const official = await t.agentFor(t.users.official);
    const res = await official.post(`/admin/ideeen/${id}/papier`, {
      batch: "new",
      batchLabel: "Markt zaterdag",
      ...lines(["Anna Smit", "1010 AA"], ["Bram Smit", "1010 AA"]),
    });
    expect(res.statusCode).toBe(303);
    const idea = await ideaRow(t, id);
    expect([idea.state, idea.support_count]).toEqual(["forwarded", 2]);
  });

  it("refuses double counting: the same person on paper (written differently too), twice, or online", async () => {
    const id = await createIdea(t, { title: "Fietsenrek bij de bieb" });
    const official = await t.agentFor(t.users.official);
    expect(
      (
        await official.post(`/admin/ideeen/${id}/papier`, {
          batch: "new",
          batchLabel: "Stapel 1",
          ...lines(["José Müller", "1010 AB"]),
        })
      ).statusCode,
    ).toBe(303);
    const before = await counts(id);
    const again = await official.post(`/admin/ideeen/${id}/papier`, {
      batch: "new",
      batchLabel: "Stapel 2",
      ...lines(["Kees Jansen", "1011 AA"], ["jose  muller", "1010ab"]),
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("Deze persoon steunt dit idee al op papier.");
    expect(again.body).toContain('value="Kees Jansen"');
    const twice = await official.post(`/admin/ideeen/${id}/papier`, {
      batch: "new",
      batchLabel: "Stapel 3",
      ...lines(["Kees Jansen", "1011 AA"], ["Kees Jansen", "1011AA"]),
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain("Deze persoon staat al op een andere regel van dit formulier.");
    // An online supporter with the same name and (verified or typed) postcode.
    const online = await t.newUser({ name: "Lotte de Boer", postcode: "1012 XY", verified: true });
    await supportIdea(t.services, t.site, asCurrentUser(online), id);
    const dup = await official.post(`/admin/ideeen/${id}/papier`, {
      batch: "new",
      batchLabel: "Stapel 4",
      ...lines(["Lotte de Boer", "1012 xy"]),
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.body).toContain("Deze persoon steunt dit idee al online");
    const after = await counts(id);
    expect(after).toEqual({ ...before, total: before.total + 1 });
    expect(
      await db()
        .selectFrom("paper_batches")
        .select("id")
        .where("label", "in", ["Stapel 2", "Stapel 3", "Stapel 4"])
        .execute(),
    ).toEqual([]);
  });

  it("checks the rule on paper: outside the area, or areas without postcodes: refused with reason", async () => {
    const id = await createIdea(t, { title: "Boom bij de school" });
    const processId = (
      await db().selectFrom("ideas").select("process_id").where("id", "=", id).executeTakeFirstOrThrow()
    ).process_id;
    const noord = await areaId(t, "Noord");
    await setRule(t, "ideas", processId, "support", { areaIds: [noord], minAge: 16 });
    const official = await t.agentFor(t.users.official);
    const outside = await official.post(`/admin/ideeen/${id}/papier`, {
      batch: "new",
      batchLabel: "Rule test",
      ...lines(["Inge Noord", "1015 AB"], ["Zeno Zuid", "1025 AB"]),
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.body).toContain("Deze postcode ligt niet in het gebied");
    expect((await counts(id)).lines).toBe(0);
    // The printed list names the area and the age, which the signature declares.
    const form = (await t.agent().get(`/ideeen/${id}/steunformulier`)).body;
    expect(form).toContain("Ik woon in Noord.");
    expect(form).toContain("Ik ben 16 jaar of ouder.");
    expect(
      (
        await official.post(`/admin/ideeen/${id}/papier`, {
          batch: "new",
          batchLabel: "Rule ok",
          ...lines(["Inge Noord", "1015 AB"]),
        })
      ).statusCode,
    ).toBe(303);
    const oost = await addArea(db(), t.site.id, `Oost ${id}`, "");
    await setRule(t, "ideas", processId, "support", { areaIds: [oost.id] });
    const unchecked = await official.post(`/admin/ideeen/${id}/papier`, {
      batch: "new",
      batchLabel: "Oost",
      ...lines(["Olga Oost", "1050 AB"]),
    });
    expect(unchecked.statusCode).toBe(400);
    expect(unchecked.body).toContain("Het gebied heeft geen postcodes");
    expect((await counts(id)).lines).toBe(1);
    await setRule(t, "ideas", processId, "support", {});
  });

  it("logs corrections with their reason: removing lowers both counts, correcting re-checks the line", async () => {
    const id = await createIdea(t, { title: "Bankje bij de bushalte" });
    const official = await t.agentFor(t.users.official);
    await official.post(`/admin/ideeen/${id}/papier`, {
      batch: "new",
      batchLabel: "Correcties",
      ...lines(["Tom Typo", "1010 AB"], ["Els Echt", "1011 AB"]),
    });
    const [tom, els] = await db()
      .selectFrom("idea_paper_supports")
      .selectAll()
      .where("idea_id", "=", id)
      .orderBy("id")
      .execute();
    // Without a reason: the form again, nothing changes.
    const noReason = await official.post(`/admin/ideeen/${id}/papier/${tom!.id}/verwijderen`, { reason: "" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain("Schrijf waarom");
    expect(await counts(id)).toEqual({ total: 2, paper: 2, lines: 2 });
    expect((await official.get(`/admin/ideeen/${id}/papier/${tom!.id}/verwijderen`)).statusCode).toBe(200);
    expect(
      (
        await official.post(`/admin/ideeen/${id}/papier/${tom!.id}/verwijderen`, {
          reason: "Geen handtekening op het formulier",
        })
      ).statusCode,
    ).toBe(303);
    expect(await counts(id)).toEqual({ total: 1, paper: 1, lines: 1 });
    const removed = (await audits("ideas.paper.removed")).find((a) => a.subject === `idea:${id}`)!;
    expect(JSON.parse(removed.details)).toMatchObject({ line: tom!.id, reason: "Geen handtekening op het formulier" });
    expect(removed.actor_user_id).toBe(t.users.official.id);
    // Correcting: a bad postcode is refused; a good one is saved and logged.
    const bad = await official.post(`/admin/ideeen/${id}/papier/${els!.id}/corrigeren`, {
      name: "Els Echt",
      postcode: "10 AB",
      reason: "Typefout postcode",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Vul een postcode in zoals 1234 AB.");
    const good = await official.post(`/admin/ideeen/${id}/papier/${els!.id}/corrigeren`, {
      name: "Els Echt",
      postcode: "1012 AB",
      reason: "Typefout postcode",
    });
    expect(good.statusCode).toBe(303);
    expect(
      (
        await db()
          .selectFrom("idea_paper_supports")
          .select("postcode")
          .where("id", "=", els!.id)
          .executeTakeFirstOrThrow()
      ).postcode,
    ).toBe("1012 AB");
    expect((await audits("ideas.paper.corrected")).some((a) => a.subject === `idea:${id}`)).toBe(true);
    expect(await counts(id)).toEqual({ total: 1, paper: 1, lines: 1 });
    // A line of another idea is not reachable through this idea.
    const other = await createIdea(t, { title: "Ander idee voor de test" });
    expect((await official.get(`/admin/ideeen/${other}/papier/${els!.id}/verwijderen`)).statusCode).toBe(404);
  });

  it("answers bad input with the form, the message beside the field and typed values; saves nothing", async () => {
    const id = await createIdea(t, { title: "Lantaarn in het steegje" });
    const official = await t.agentFor(t.users.official);
    const cases: [Record<string, string>, string][] = [
      [{ batch: "new", batchLabel: "X", ...lines(["Ali", "12345"]) }, "Vul een postcode in zoals 1234 AB."],
      [{ batch: "new", batchLabel: "X", ...lines(["", "1010 AB"]) }, "Vul de naam in."],
      [{ batch: "new", batchLabel: "X" }, "Vul minstens één regel in."],
      [{ batch: "new", batchLabel: "", ...lines(["Ali", "1010 AB"]) }, "Geef de nieuwe stapel een naam"],
      [{ batch: "999999", ...lines(["Ali", "1010 AB"]) }, "Kies een stapel uit de lijst."],
      [
        { batch: "new", batchLabel: "X", meetingId: "12", ...lines(["Ali", "1010 AB"]) },
        "Kies een bijeenkomst uit de lijst.",
      ],
      [{ batch: "new", batchLabel: "X", ...lines(["A".repeat(101), "1010 AB"]) }, "te lang"],
      [{ batch: "new", batchLabel: "X", ...lines(["Ali\u0000", "1010 AB"]) }, "field-name1"],
    ];
    for (const [form, message] of cases) {
      const res = await official.post(`/admin/ideeen/${id}/papier`, form);
      expect(res.statusCode, message).toBe(400);
      expect(res.body).toContain(message);
    }
    expect(
      (await official.post(`/admin/ideeen/${id}/papier`, { batch: "new", batchLabel: "X", ...lines(["Ali", "12345"]) }))
        .body,
    ).toContain('value="12345"');
    expect(await counts(id)).toEqual({ total: 0, paper: 0, lines: 0 });
  });

  it("refuses outsiders, other sites and posts without a CSRF token", async () => {
    const id = await createIdea(t, { title: "Hondenpoepbakken" });
    const body = { batch: "new", batchLabel: "X", ...lines(["Ali", "1010 AB"]) };
    expect((await (await t.agentFor(t.users.resident)).post(`/admin/ideeen/${id}/papier`, body)).statusCode).toBe(403);
    expect((await (await t.agentFor(t.users.moderator)).get(`/admin/ideeen/${id}/papier`)).statusCode).toBe(403);
    expect((await (await t.agentFor(t.users.council)).post(`/admin/ideeen/${id}/papier`, body)).statusCode).toBe(403);
    expect((await t.agent().post(`/admin/ideeen/${id}/papier`, body)).statusCode).toBeGreaterThanOrEqual(300);
    const official = await t.agentFor(t.users.official);
    expect((await official.post(`/admin/ideeen/${id}/papier`, { ...body, _csrf: "" })).statusCode).toBe(403);
    const other = await createSite(db(), { slug: `p${id}`, name: "Elders", hosts: [`papier${id}.example`] }, t.clock());
    const foreign = await t.agentFor(await t.newUser({ siteId: other.id, roles: ["official"] }));
    foreign.host = `papier${id}.example`;
    expect((await foreign.post(`/admin/ideeen/${id}/papier`, body)).statusCode).toBe(404);
    expect(await counts(id)).toEqual({ total: 0, paper: 0, lines: 0 });
  });

  it("erases names and postcodes a year after the idea stopped collecting, and keeps the count", async () => {
    const id = await createIdea(t, { title: "Oude steunlijst" });
    const official = await t.agentFor(t.users.official);
    await official.post(`/admin/ideeen/${id}/papier`, {
      batch: "new",
      batchLabel: "Oud",
      ...lines(["Wim Oud", "1010 AB"]),
    });
    const { erasePaperNames } = await import("../commands/paper-retention");
    expect(await erasePaperNames(t.services, t.clock())).toBe(0);
    const longAgo = new Date(t.clock().getTime() - 366 * 86_400_000).toISOString();
    await db().updateTable("ideas").set({ deadline_at: longAgo }).where("id", "=", id).execute();
    expect(await erasePaperNames(t.services, t.clock())).toBe(1);
    const line = await db()
      .selectFrom("idea_paper_supports")
      .selectAll()
      .where("idea_id", "=", id)
      .executeTakeFirstOrThrow();
    expect([line.name, line.postcode, line.person_key]).toEqual(["", "1010", `erased:${line.id}`]);
    expect(await counts(id)).toEqual({ total: 1, paper: 1, lines: 1 });
    expect(await erasePaperNames(t.services, t.clock())).toBe(0);
  });

  it("serves the printable support list and idea form to anyone, without drafts", async () => {
    const id = await createIdea(t, { title: "Waterpunt in het park" });
    const list = await t.agent().get(`/ideeen/${id}/steunformulier`);
    expect(list.statusCode).toBe(200);
    for (const text of [
      "Waterpunt in het park",
      "Met mijn handtekening steun ik dit idee.",
      "Handtekening",
      "Postcode",
    ])
      expect(list.body).toContain(text);
    const draft = await createIdea(t, { title: "Nog een concept", publish: false });
    expect((await t.agent().get(`/ideeen/${draft}/steunformulier`)).statusCode).toBe(404);
    const ideaForm = await t.agent().get("/ideeen/formulier");
    expect(ideaForm.statusCode).toBe(200);
    expect(ideaForm.body).toContain("Een idee voorstellen op papier");
    expect(ideaForm.body).toContain("Noord");
    const english = t.agent();
    await english.get("/taal/en?terug=/");
    expect((await english.get("/ideeen/formulier")).body).toContain("Propose an idea on paper");
    expect((await english.get(`/ideeen/${id}/steunformulier`)).body).toContain(
      "With my signature I support this idea.",
    );
  });
});
