// Who may propose, support and comment: every action under the process's participation rule, for
// each level (no confirmed address, confirmed address, verified resident, outside the area, too
// young, the right area and age), with the refusal's explanation and the way to meet it; the rule
// settings page; and the honest counts on the idea page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { areaId, setRule, verifiedResident } from "../../../test/support/participation";
import type { User } from "../../core/db/types";
import { createIdea, createIdeasApp } from "./test/factories";
import { ensureProcess } from "./store/processes";

const plain = (body: string) =>
  body
    .replace(/\u00a0/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe.each(testDatabases)("ideas: who may take part, on $name", (database) => {
  let t: TestApp;
  let processId: number;
  let ideaId: number;
  let people: Record<"none" | "email" | "identity" | "wrongArea" | "tooYoung" | "right", User>;

  beforeAll(async () => {
    t = await createIdeasApp(database);
    processId = (await ensureProcess(t.services.db.kysely, t.site, t.clock())).id;
    ideaId = await createIdea(t);
    // The test clock stands at 26 November 2026: born 26 November 2010 is 16 that day.
    people = {
      none: await t.newUser({ verified: false }),
      email: await t.newUser({ postcode: "1010 AB" }),
      identity: await verifiedResident(t, { postcode: "1010 AB", birthdate: "1990-01-01" }),
      wrongArea: await verifiedResident(t, { postcode: "1025 AB", birthdate: "1990-01-01" }),
      tooYoung: await verifiedResident(t, { postcode: "1010 AB", birthdate: "2010-11-27" }),
      right: await verifiedResident(t, { postcode: "1010 AB", birthdate: "2010-11-26" }),
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Tries each action as `who`; returns the status and page text per action. */
  async function tryAll(who: User) {
    const agent = await t.agentFor(who);
    const results: Record<string, { status: number; text: string; body: string }> = {};
    const responses = {
      propose: await agent.get("/ideeen/nieuw"),
      support: await agent.post(`/ideeen/${ideaId}/steunen`),
      comment: await agent.post(`/ideeen/${ideaId}/reacties`, { body: "Goed plan, ik doe mee." }),
    };
    for (const [action, res] of Object.entries(responses))
      results[action] = { status: res.statusCode, text: plain(res.body), body: res.body };
    return results;
  }

  it("a confirmed address is enough by default; a verified resident needs no address at all", async () => {
    for (const action of ["propose", "support", "comment"]) await setRule(t, "ideas", processId, action, {});
    const none = await tryAll(people.none);
    for (const action of ["propose", "support", "comment"]) {
      expect(none[action]!.status).toBe(403);
      expect(none[action]!.text).toContain("Bevestig eerst uw e-mailadres.");
      expect(none[action]!.body).toContain('action="/account/bevestigen/opnieuw"');
    }
    expect(none.support!.text).toContain("Daarna kunt u steunen.");
    for (const who of [people.email, people.identity]) {
      const ok = await tryAll(who);
      expect([ok.propose!.status, ok.support!.status, ok.comment!.status]).toEqual([200, 303, 303]);
    }
  });

  it("only residents of Noord aged 16 or over: each level gets its own explanation and way", async () => {
    const noord = await areaId(t, "Noord");
    for (const action of ["propose", "support", "comment"])
      await setRule(t, "ideas", processId, action, { areaIds: [noord], minAge: 16 });
    const verbs = { propose: "een idee indienen", support: "steunen", comment: "reageren" };
    for (const who of [people.none, people.email]) {
      const refused = await tryAll(who);
      for (const [action, verb] of Object.entries(verbs)) {
        const r = refused[action]!;
        expect(r.status).toBe(403);
        expect(r.text).toContain(`Alleen bewoners van Noord van 16 jaar en ouder kunnen ${verb}.`);
        expect(r.text).toContain("Laat eerst zien dat u hier woont.");
        expect(r.body).toContain("/account/verifieren?terug=");
      }
    }
    const outside = await tryAll(people.wrongArea);
    const young = await tryAll(people.tooYoung);
    for (const action of Object.keys(verbs)) {
      expect(outside[action]!.status).toBe(403);
      expect(outside[action]!.text).toContain("Volgens uw verificatie woont u niet in Noord.");
      expect(young[action]!.status).toBe(403);
      expect(young[action]!.text).toContain("U moet 16 jaar of ouder zijn.");
    }
    const right = await tryAll(people.right);
    expect([right.propose!.status, right.support!.status, right.comment!.status]).toEqual([200, 303, 303]);
  });

  it("says the rule on the idea page before anyone starts, with the way to meet it", async () => {
    const noord = await areaId(t, "Noord");
    await setRule(t, "ideas", processId, "support", { areaIds: [noord], minAge: 16 });
    const fresh = await createIdea(t);
    const visitor = plain((await t.agent().get(`/ideeen/${fresh}`)).body);
    expect(visitor).toContain("Alleen bewoners van Noord van 16 jaar en ouder kunnen steunen.");
    const page = await (await t.agentFor(people.email)).get(`/ideeen/${fresh}`);
    expect(plain(page.body)).toContain("Laat eerst zien dat u hier woont.");
    expect(page.body).not.toContain(`action="/ideeen/${fresh}/steunen"`);
    expect((await (await t.agentFor(people.right)).get(`/ideeen/${fresh}`)).body).toContain(
      `action="/ideeen/${fresh}/steunen"`,
    );
    const en = await t.agentFor(people.email);
    await en.get("/taal/en");
    expect(plain((await en.get(`/ideeen/${fresh}`)).body)).toContain(
      "Only residents of Noord aged 16 or over can support.",
    );
  });

  it("counts supports from verified residents, and labels those given under an earlier rule for staff", async () => {
    await setRule(t, "ideas", processId, "support", {});
    const fresh = await createIdea(t);
    expect((await (await t.agentFor(people.email)).post(`/ideeen/${fresh}/steunen`)).statusCode).toBe(303);
    expect((await (await t.agentFor(people.identity)).post(`/ideeen/${fresh}/steunen`)).statusCode).toBe(303);
    const rows = await t.services.db.kysely
      .selectFrom("idea_supports")
      .select(["user_id", "verified"])
      .where("idea_id", "=", fresh)
      .orderBy("user_id")
      .execute();
    expect(rows.map((r) => [r.user_id, r.verified])).toEqual([
      [people.email.id, 0],
      [people.identity.id, 1],
    ]);
    expect(plain((await t.agent().get(`/ideeen/${fresh}`)).body)).toContain(
      "2 stemmen, waarvan 1 van geverifieerde bewoners.",
    );
    t.clock.advance(60_000);
    await setRule(t, "ideas", processId, "support", { level: "identity" });
    const staff = plain((await (await t.agentFor(t.users.admin)).get(`/ideeen/${fresh}`)).body);
    expect(staff).toContain("2 daarvan gegeven onder de eerdere regel");
    expect(plain((await t.agent().get(`/ideeen/${fresh}`)).body)).not.toContain("eerdere regel");
    // Both supports stay counted.
    expect(plain((await t.agent().get(`/ideeen/${fresh}`)).body)).toContain("2 stemmen");
  });

  it("lets only admins set the rules, validates them beside each field and changes nothing on bad input", async () => {
    const url = "/admin/ideeen/deelname";
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.get(url)).statusCode).toBe(200);
    const good = { proposeLevel: "email", supportLevel: "identity", commentLevel: "email" };
    expect((await admin.post(url, good)).statusCode).toBe(303);
    const before = await t.services.db.kysely
      .selectFrom("participation_rules")
      .selectAll()
      .where("component", "=", "ideas")
      .orderBy("action")
      .execute();
    const bad = await admin.post(url, {
      ...good,
      supportLevel: "iedereen",
      supportAreas: ["999999"],
      supportMinAge: "zestien",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="field-supportLevel-error"');
    expect(bad.body).toContain('id="field-supportAreas-error"');
    expect(bad.body).toContain('id="field-supportMinAge-error"');
    expect(bad.body).toContain('value="zestien"');
    expect(plain(bad.body)).toContain("Vul een heel getal in van 1 tot en met 120");
    const after = await t.services.db.kysely
      .selectFrom("participation_rules")
      .selectAll()
      .where("component", "=", "ideas")
      .orderBy("action")
      .execute();
    expect(after).toEqual(before);
    for (const who of [t.users.resident, t.users.moderator, t.users.official]) {
      const agent = await t.agentFor(who);
      expect((await agent.get(url)).statusCode).toBe(403);
      expect((await agent.post(url, good)).statusCode).toBe(403);
    }
    expect((await t.agent().get(url)).headers.location).toContain("/inloggen");
    expect((await admin.post(url, { ...good, _csrf: "" })).statusCode).toBe(403);
    expect(
      await t.services.db.kysely
        .selectFrom("participation_rules")
        .selectAll()
        .where("component", "=", "ideas")
        .orderBy("action")
        .execute(),
    ).toEqual(before);
  });
});
