// /account/verifieren: a signed-in resident enters a letter code once and is a verified resident
// of its area; wrong, used, revoked and other sites' codes are refused with a message and change
// nothing; attempts are limited per address and per account. The data download and deletion
// follow: the download says how the account was verified, deletion frees no code.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createOtherSite, type OtherSite } from "../../admin/test/fixtures";
import type { User } from "../../db/types";
import { verificationLevel } from "../../participation/verification-level";
import { LETTER_ATTEMPTS } from "./routes";
import { makeCodes } from "./test/upload";

describe.each(testDatabases)("verifying an account with a letter code on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  beforeAll(async () => {
    t = await createTestApp(database);
    other = await createOtherSite(t);
  });
  afterAll(async () => {
    await t?.close();
  });
  // Every test comes from 127.0.0.1: start each with an empty counter for that address.
  beforeEach(async () => {
    await t.services.rateLimiter.reset(`letter-code:ip:${t.site.id}:127.0.0.1`);
    await t.services.rateLimiter.reset(`letter-code:ip:${other.site.id}:127.0.0.1`);
  });

  const db = () => t.services.db.kysely;
  const userRow = (id: number) => db().selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const codeRows = () => db().selectFrom("letter_codes").selectAll().orderBy("id").execute();
  let n = 0;
  const codes = async (count = 1, area = "Noord", postcode = "1011 AB") =>
    makeCodes(
      await t.agentFor(t.users.admin),
      Array.from({ length: count }, () => `Brinkstraat ${++n}`),
      area,
      postcode,
    );
  const enter = async (user: User, code: string) => (await t.agentFor(user)).post("/account/verifieren", { code });

  it("asks for a log-in first, and a CSRF token", async () => {
    const page = await t.agent().get("/account/verifieren");
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe("/inloggen?terug=%2Faccount%2Fverifieren");
    const [code] = (await codes()) as [string];
    expect((await t.agent().post("/account/verifieren", { code })).statusCode).toBe(303);
    const user = await t.newUser();
    const noToken = await (await t.agentFor(user)).post("/account/verifieren", { code, _csrf: "" });
    expect(noToken.statusCode).toBe(403);
    expect(await userRow(user.id)).toEqual(user);
    expect((await codeRows()).every((c) => c.used_at === null)).toBe(true);
  });

  it("verifies the account as a resident of the letter's area, once; the account page says how and when", async () => {
    const [code] = (await codes(1, "Zuid", "1025 XY")) as [string];
    const user = await t.newUser({ postcode: "1011 AA" });
    const agent = await t.agentFor(user);
    const form = await agent.get("/account/verifieren");
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="code"');
    const res = await agent.post("/account/verifieren", { code: ` ${code.toLowerCase().replaceAll("-", " ")} ` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/account");

    const row = await userRow(user.id);
    expect(row).toMatchObject({
      identity_verified_at: t.clock().toISOString(),
      verification_method: "letter",
      verified_postcode: "1025 XY",
      verified_birthdate: null,
      postcode: "1011 AA",
    });
    const zuid = await db().selectFrom("areas").select("id").where("name", "=", "Zuid").executeTakeFirstOrThrow();
    expect(row.verified_area_id).toBe(zuid.id);
    expect(verificationLevel(row)).toBe("identity");
    const used = (await codeRows()).filter((c) => c.used_by_user_id === user.id);
    expect(used).toHaveLength(1);
    expect(used[0]!.used_at).toBe(t.clock().toISOString());

    const account = await agent.get("/account");
    expect(account.body).toContain("Geverifieerd als inwoner met een brief op");
    expect(account.body).toContain("Gebied: Zuid. Postcode: 1025 XY.");
    const audit = await db()
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "letters.code.used")
      .where("actor_user_id", "=", user.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(code.replaceAll("-", ""));
    // The page now says the account is verified; no second code is asked.
    expect((await agent.get("/account/verifieren")).body).toContain("Uw account is al geverifieerd.");
  });

  it("refuses a wrong, used, revoked or malformed code with a message, typed text kept; nothing changes", async () => {
    const [used, revoked] = (await codes(2)) as [string, string];
    const first = await t.newUser();
    expect((await enter(first, used)).statusCode).toBe(303);
    const batch = await db().selectFrom("letter_batches").select("id").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect((await (await t.agentFor(t.users.admin)).post(`/admin/briefcodes/${batch.id}/intrekken`)).statusCode).toBe(
      303,
    );
    const user = await t.newUser();
    const before = { user: await userRow(user.id), codes: await codeRows() };
    const cases: [string, number, string][] = [
      ["ABCD-EFGH-JKMN", 400, "Deze code kennen wij niet."],
      [used, 409, "Deze code is al gebruikt."],
      [revoked, 409, "Deze code werkt niet meer"],
      ["ABCD-EFGH-JKM0", 400, "Dit is geen code."],
      ["", 400, "Vul de code uit uw brief in."],
    ];
    for (const [code, status, message] of cases) {
      const res = await enter(user, code);
      expect(res.statusCode, code).toBe(status);
      expect(res.body, code).toContain(message);
      if (code) expect(res.body, code).toContain(`value="${code}"`);
      expect(res.body).toContain('aria-invalid="true"');
    }
    expect(await userRow(user.id)).toEqual(before.user);
    expect(await codeRows()).toEqual(before.codes);
  });

  it("refuses another site's code, and a second code on a verified account (that code stays unused)", async () => {
    const [mine, spare] = (await codes(2)) as [string, string];
    const stranger = await other.agent.post("/account/verifieren", { code: mine });
    const otherAgent = await t.agentFor(other.resident);
    otherAgent.host = "andere.example";
    const res = await otherAgent.post("/account/verifieren", { code: mine });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Deze code kennen wij niet.");
    expect([400, 409]).toContain(stranger.statusCode); // the other site's admin: same answer
    expect((await userRow(other.resident.id)).identity_verified_at).toBeNull();

    const user = await t.newUser();
    expect((await enter(user, mine)).statusCode).toBe(303);
    const again = await enter(user, spare);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain("Uw account is al geverifieerd. De code is niet gebruikt.");
    const hashes = await codeRows();
    expect(hashes.filter((c) => c.used_by_user_id === user.id)).toHaveLength(1);
  });

  it("limits attempts per account, then per address; a right code is refused too once over the limit", async () => {
    const [code] = (await codes()) as [string];
    const user = await t.newUser();
    for (let i = 0; i < LETTER_ATTEMPTS.account.limit; i++)
      expect((await enter(user, "ABCD-EFGH-JKMN")).statusCode).toBe(400);
    const limited = await enter(user, code);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBeDefined();
    expect((await userRow(user.id)).identity_verified_at).toBeNull();

    // Per address: many accounts from one address (one person with many accounts).
    await t.services.rateLimiter.reset(`letter-code:ip:${t.site.id}:127.0.0.1`);
    let refused = 0;
    for (let i = 0; i <= LETTER_ATTEMPTS.ip.limit; i++) {
      const res = await enter(await t.newUser(), "ABCD-EFGH-JKMN");
      if (res.statusCode === 429) refused++;
    }
    expect(refused).toBe(1);
    const fresh = await t.newUser();
    expect((await enter(fresh, code)).statusCode).toBe(429);
    expect((await userRow(fresh.id)).identity_verified_at).toBeNull();
    expect((await codeRows()).find((c) => c.used_by_user_id === fresh.id)).toBeUndefined();
  });

  it("download: verification and linked identities; deletion removes the links, the code stays used", async () => {
    const [code] = (await codes()) as [string];
    const user = await t.newUser();
    expect((await enter(user, code)).statusCode).toBe(303);
    await db()
      .insertInto("user_identities")
      .values({
        site_id: t.site.id,
        user_id: user.id,
        issuer: "https://broker.example",
        subject_hash: "geheime-hash-van-de-persoon",
        created_at: "2026-11-30T10:00:00.000Z",
        last_used_at: "2026-12-01T10:00:00.000Z",
      })
      .execute();
    const agent = await t.agentFor(user);
    const download = await agent.get("/account/gegevens.json");
    expect(download.statusCode).toBe(200);
    const data = JSON.parse(download.body) as Record<string, Record<string, unknown> & unknown[]>;
    expect(data.account).toMatchObject({
      verificationLevel: "identity",
      verificationMethod: "letter",
      identityVerifiedAt: t.clock().toISOString(),
      verifiedPostcode: "1011 AB",
      verifiedArea: "Noord",
    });
    expect(data.linkedIdentities).toEqual([
      {
        issuer: "https://broker.example",
        linkedAt: "2026-11-30T10:00:00.000Z",
        lastUsedAt: "2026-12-01T10:00:00.000Z",
      },
    ]);
    expect(data.letterCodesUsed).toEqual([{ usedAt: t.clock().toISOString(), postcode: "1011 AB", area: "Noord" }]);
    expect(download.body).not.toContain("geheime-hash");
    expect(download.body).not.toContain(code.replaceAll("-", ""));
    const hash = (await codeRows()).find((c) => c.used_by_user_id === user.id)!;
    expect(download.body).not.toContain(hash.code_hash);

    expect((await agent.post("/account/verwijderen", { password: TEST_PASSWORD })).statusCode).toBe(303);
    expect(await db().selectFrom("user_identities").selectAll().where("user_id", "=", user.id).execute()).toEqual([]);
    expect(await userRow(user.id)).toMatchObject({
      identity_verified_at: null,
      verification_method: null,
      verified_postcode: null,
      verified_area_id: null,
    });
    const after = (await codeRows()).find((c) => c.id === hash.id)!;
    expect(after).toMatchObject({ used_by_user_id: null, used_at: hash.used_at });
    // The same person with a new account cannot use the letter again.
    const again = await enter(await t.newUser(), code);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain("Deze code is al gebruikt.");
  });

  it("is explained on the privacy page: which claims are stored and why, never a BSN", async () => {
    const page = await t.agent().get("/privacy");
    for (const text of [
      "geen BSN",
      "postcode en geboortedatum",
      "Uw straat en huisnummer bewaren wij niet",
      "blijft dan wel gebruikt",
    ])
      expect(page.body).toContain(text);
  });
});
