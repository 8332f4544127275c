// /admin/briefcodes: admins of this site upload addresses and get letter codes once; a bad file
// creates nothing and names its lines; batches are listed and can be revoked. Everyone else is
// refused, and every write needs the CSRF token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { normalizeCode } from "../../codes/one-time-codes";
import { parseCsv } from "../../csv";
import { letterCodeHash } from "../../identity/letters/commands";
import { makeCodes, uploadAddresses } from "../../identity/letters/test/upload";
import { createOtherSite, expectAdminOnly, type OtherSite } from "../test/fixtures";

describe.each(testDatabases)("admin letter codes on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  beforeAll(async () => {
    t = await createTestApp(database);
    other = await createOtherSite(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.services.db.kysely;
  const counts = async () => ({
    batches: (await db().selectFrom("letter_batches").select("id").execute()).length,
    codes: (await db().selectFrom("letter_codes").select("id").execute()).length,
    audit: (await db().selectFrom("audit_log").select("id").execute()).length,
  });
  const admin = () => t.agentFor(t.users.admin);
  const VALID = "adres;postcode;gebied\nDorpsstraat 1;1011 AB;Noord\n";

  it("is for this site's admins only; uploads need the CSRF token and come from this site", async () => {
    await expectAdminOnly(t, "GET", "/admin/briefcodes");
    const before = await counts();
    expect((await uploadAddresses(t.agent(), VALID)).statusCode).toBe(303);
    for (const role of ["resident", "moderator", "official", "council"] as const)
      expect((await uploadAddresses(await t.agentFor(t.users[role]), VALID)).statusCode, role).toBe(403);
    const agent = await admin();
    const noToken = await agent.postMultipart("/admin/briefcodes", [
      { name: "_csrf", value: null },
      { name: "addresses", file: { filename: "a.csv", contentType: "text/csv", bytes: Buffer.from(VALID) } },
    ]);
    expect(noToken.statusCode).toBe(403);
    const wrongToken = await agent.postMultipart("/admin/briefcodes", [
      { name: "_csrf", value: "not-the-token" },
      { name: "addresses", file: { filename: "a.csv", contentType: "text/csv", bytes: Buffer.from(VALID) } },
    ]);
    expect(wrongToken.statusCode).toBe(403);
    const crossSite = await uploadAddresses(agent, VALID, {}, { "sec-fetch-site": "cross-site" });
    expect(crossSite.statusCode).toBe(403);
    // The other site's admin, on this site's host: their session does not count here.
    const visitor = await t.agentFor(other.admin);
    expect([303, 403]).toContain((await visitor.get("/admin/briefcodes")).statusCode);
    expect([303, 403]).toContain((await uploadAddresses(visitor, VALID)).statusCode);
    expect(await counts()).toEqual(before);
  });

  it("makes one code per address, returns them once as a mail-merge CSV and keeps only keyed hashes", async () => {
    const agent = await admin();
    const before = await counts();
    const csv = "adres;postcode;gebied\nDorpsstraat 1;1011 AB;Noord\nDorpsstraat 2;1012ab;noord\n=1+1;1021 CD;Zuid\n";
    const res = await uploadAddresses(agent, csv, { label: "Brief december" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="briefcodes-test-\d{4}-\d\d-\d\d\.csv"$/);
    expect(res.headers["cache-control"]).toBe("no-store");
    const records = parseCsv(res.body, "codes.csv", ";").map((r) => r.fields);
    expect(records[0]).toEqual(["adres", "postcode", "gebied", "code", "website"]);
    expect(records.slice(1).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ["Dorpsstraat 1", "1011 AB", "Noord", "http://localhost:3000/account/verifieren"],
      ["Dorpsstraat 2", "1012 AB", "Noord", "http://localhost:3000/account/verifieren"],
      ["=1+1", "1021 CD", "Zuid", "http://localhost:3000/account/verifieren"],
    ]);
    expect(res.body).toContain("'=1+1");
    const codes = records.slice(1).map((r) => r[3]!);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const after = await counts();
    expect(after).toEqual({ batches: before.batches + 1, codes: before.codes + 3, audit: before.audit + 1 });
    const batch = await db().selectFrom("letter_batches").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ site_id: t.site.id, label: "Brief december", created_by: t.users.admin.id });
    const rows = await db()
      .selectFrom("letter_codes")
      .selectAll()
      .where("batch_id", "=", batch.id)
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.code_hash)).toEqual(
      codes.map((c) => letterCodeHash(t.services.secret, normalizeCode(c)!)),
    );
    expect(rows.map((r) => r.postcode)).toEqual(["1011 AB", "1012 AB", "1021 CD"]);
    const stored = JSON.stringify(rows) + JSON.stringify(await db().selectFrom("audit_log").selectAll().execute());
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(normalizeCode(code));
    }
    expect(stored).not.toContain("Dorpsstraat");

    const list = await agent.get("/admin/briefcodes");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Brief december");
    expect(list.body).toMatch(/<td class="number">3<\/td>\s*<td class="number">0<\/td>/);
    expect(list.body).toContain("Test admin");
    const audit = await agent.get("/admin/audit");
    expect(audit.body).toContain("Reeks codes per brief gemaakt: Brief december. Aantal codes: 3.");
  });

  it("can give printable letters instead, one A4 page per address", async () => {
    const res = await uploadAddresses(await admin(), VALID.replace("Dorpsstraat 1", "Kerkpad 7"), {
      format: "letters",
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body.match(/<article class="letter"/g)).toHaveLength(1);
    expect(res.body).toContain("Kerkpad 7");
    expect(res.body).toMatch(/<p class="letter__code">[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}<\/p>/);
    expect(res.body).toContain("http://localhost:3000/account/verifieren");
  });

  const many = (n: number) =>
    `adres;postcode;gebied\n${Array.from({ length: n }, (_, i) => `Laan ${i};1011 AB;Noord`).join("\n")}\n`;

  it.each([
    ["a missing column", "adres;postcode\nX 1;1011 AB\n", "Regel 1: deze kolommen ontbreken: gebied."],
    ["an unknown area", "adres;postcode;gebied\nX 1;1011 AB;Noord\nX 2;1011 AB;West\n", "Regel 3: het gebied"],
    ["a bad postcode", "adres;postcode;gebied\nX 1;1011 A;Noord\n", "Regel 2: &quot;1011 A&quot; is geen postcode"],
    [
      "a postcode outside the area",
      "adres;postcode;gebied\nX 1;1030 AB;Noord\n",
      "Regel 2: postcode 1030 AB ligt niet",
    ],
    ["a duplicate address", "adres;postcode;gebied\nX 1;1011 AB;Noord\nx 1;1011ab;Noord\n", "Regel 3: hetzelfde adres"],
    ["an empty address", "adres;postcode;gebied\n;1011 AB;Noord\n", "Regel 2: het adres is leeg."],
    ["a broken quote", 'adres;postcode;gebied\n"X 1;1011 AB;Noord\n', "Regel 2: deze regel kan niet gelezen"],
    ["no rows", "adres;postcode;gebied\n", "Regel 1: er staan geen adressen"],
    ["too many rows", many(50_001), "Regel 50002: te veel adressen. Er mogen hoogstens 50000 in één bestand."],
  ])("refuses %s with its line, keeps the typed name and creates nothing", async (_name, csv, message) => {
    const before = await counts();
    const res = await uploadAddresses(await admin(), csv, { label: "Mijn reeks" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Het bestand heeft fouten. Er zijn geen codes gemaakt.");
    expect(res.body).toContain(message);
    expect(res.body).toContain('value="Mijn reeks"');
    expect(await counts()).toEqual(before);
  });

  it("refuses more letters to print than a page can hold; the CSV is fine for that many", async () => {
    const before = await counts();
    const res = await uploadAddresses(await admin(), many(5_001), { format: "letters" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Brieven om te printen kunnen voor hoogstens 5.000 adressen.");
    expect(await counts()).toEqual(before);
  });

  it("refuses a form without a file, or with a name too long, and creates nothing", async () => {
    const before = await counts();
    const agent = await admin();
    const noFile = await agent.postMultipart("/admin/briefcodes", [{ name: "label", value: "x" }]);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.body).toContain("Kies een CSV-bestand met adressen.");
    const longName = await uploadAddresses(agent, VALID, { label: "x".repeat(101) });
    expect(longName.statusCode).toBe(400);
    expect(longName.body).toContain("De naam mag hoogstens 100 tekens lang zijn.");
    const nul = await uploadAddresses(agent, VALID, { label: "Brief\u0000West" });
    expect(nul.statusCode).toBe(400);
    expect(nul.body).toContain("onzichtbaar stuurteken");
    expect(await counts()).toEqual(before);
  });

  it("revokes a batch for admins of its site only, with the CSRF token; revoked once", async () => {
    await makeCodes(await admin(), ["Molenweg 1", "Molenweg 2"]);
    const batch = await db().selectFrom("letter_batches").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();
    const url = `/admin/briefcodes/${batch.id}/intrekken`;
    await expectAdminOnly(t, "POST", url);
    expect((await other.agent.post(url)).statusCode).toBe(404);
    expect(
      (await db().selectFrom("letter_batches").select("revoked_at").where("id", "=", batch.id).executeTakeFirst())
        ?.revoked_at,
    ).toBeNull();

    const agent = await admin();
    const res = await agent.post(url);
    expect(res.statusCode).toBe(303);
    const row = await db()
      .selectFrom("letter_batches")
      .selectAll()
      .where("id", "=", batch.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    expect(row.revoked_by).toBe(t.users.admin.id);
    const audits = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject", "=", `letterBatch:${batch.id}`)
      .execute();
    expect(audits.map((a) => a.action)).toEqual(["letters.batch.created", "letters.batch.revoked"]);
    // Again: nothing new happens and nothing new is logged.
    expect((await agent.post(url)).statusCode).toBe(303);
    expect(
      await db().selectFrom("audit_log").select("id").where("subject", "=", `letterBatch:${batch.id}`).execute(),
    ).toHaveLength(2);
    const list = await agent.get("/admin/briefcodes");
    expect(list.body).toContain("Ingetrokken op");
  });
});
