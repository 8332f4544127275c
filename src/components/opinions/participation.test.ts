// Who may answer statements and add one: each action under the conversation's participation rule,
// for each level (anonymous visitor, no confirmed address, confirmed address, verified resident,
// outside the area, too young, the right area and age), with the refusal's explanation and the
// way to meet it; the rule settings page; and the honest count of answers on the report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { areaId, setRule, verifiedResident } from "../../../test/support/participation";
import type { User } from "../../core/db/types";
import { makeConversation, opinionsTestApp, snapshot } from "./test/factories";

const plain = (body: string) =>
  body
    .replace(/\u00a0/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe.each(testDatabases)("opinions: who may take part, on $name", (database) => {
  let t: TestApp;
  let people: Record<"none" | "email" | "identity" | "wrongArea" | "tooYoung" | "right", User>;

  beforeAll(async () => {
    t = await opinionsTestApp(database);
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

  async function tryBoth(who: User | null, conversationId: number, statementId: number) {
    const agent = who ? await t.agentFor(who) : t.agent();
    const vote = await agent.post(`/gesprekken/${conversationId}/stemmen`, {
      statement: String(statementId),
      vote: "agree",
    });
    const add = await agent.post(`/gesprekken/${conversationId}/stellingen`, { text: "Meer groen in de straat." });
    return {
      vote: { status: vote.statusCode, text: plain(vote.body), body: vote.body, location: vote.headers.location },
      add: { status: add.statusCode, text: plain(add.body), location: add.headers.location },
    };
  }

  it("by default the conversation's own setting decides: anonymous visitors may answer", async () => {
    const { conversation, statements } = await makeConversation(t, { participation: "anonymous" });
    const anonymous = await tryBoth(null, conversation.id, statements[0]!.id);
    expect([anonymous.vote.status, anonymous.add.status]).toEqual([303, 303]);
    const page = plain((await t.agent().get(`/gesprekken/${conversation.id}`)).body);
    expect(page).not.toContain("kan op stellingen stemmen");
  });

  it("a confirmed-address rule asks for an account even in an anonymous conversation", async () => {
    const { conversation, statements } = await makeConversation(t, { participation: "anonymous" });
    for (const action of ["vote", "statement"]) await setRule(t, "opinions", conversation.id, action, {});
    const before = await snapshot(t.services.db.kysely);
    const anonymous = await tryBoth(null, conversation.id, statements[0]!.id);
    expect(anonymous.vote.location).toContain("/inloggen");
    expect(anonymous.add.location).toContain("/inloggen");
    const none = await tryBoth(people.none, conversation.id, statements[0]!.id);
    expect([none.vote.status, none.add.status]).toEqual([403, 403]);
    expect(none.vote.text).toContain("Bevestig eerst uw e-mailadres. Daarna kunt u op stellingen stemmen.");
    expect(await snapshot(t.services.db.kysely)).toBe(before);
    expect(plain((await t.agent().get(`/gesprekken/${conversation.id}`)).body)).toContain(
      "Iedereen met een bevestigd e-mailadres kan op stellingen stemmen.",
    );
    for (const who of [people.email, people.identity]) {
      const ok = await tryBoth(who, conversation.id, statements[0]!.id);
      expect([ok.vote.status, ok.add.status]).toEqual([303, 303]);
    }
  });

  it("only residents of Noord aged 16 or over: each level gets its own explanation and way", async () => {
    const { conversation, statements } = await makeConversation(t, { participation: "account" });
    const noord = await areaId(t, "Noord");
    for (const action of ["vote", "statement"])
      await setRule(t, "opinions", conversation.id, action, { areaIds: [noord], minAge: 16 });
    const before = await snapshot(t.services.db.kysely);
    for (const who of [people.none, people.email]) {
      const r = await tryBoth(who, conversation.id, statements[0]!.id);
      expect([r.vote.status, r.add.status]).toEqual([403, 403]);
      expect(r.vote.text).toContain("Alleen bewoners van Noord van 16 jaar en ouder kunnen op stellingen stemmen.");
      expect(r.add.text).toContain("Alleen bewoners van Noord van 16 jaar en ouder kunnen een stelling toevoegen.");
      expect(r.vote.text).toContain("Laat eerst zien dat u hier woont.");
      expect(r.vote.body).toContain("/account/verifieren?terug=");
    }
    const outside = await tryBoth(people.wrongArea, conversation.id, statements[0]!.id);
    expect([outside.vote.status, outside.add.status]).toEqual([403, 403]);
    expect(outside.vote.text).toContain("Volgens uw verificatie woont u niet in Noord.");
    const young = await tryBoth(people.tooYoung, conversation.id, statements[0]!.id);
    expect([young.vote.status, young.add.status]).toEqual([403, 403]);
    expect(young.add.text).toContain("U moet 16 jaar of ouder zijn.");
    expect(await snapshot(t.services.db.kysely)).toBe(before);
    const page = await (await t.agentFor(people.email)).get(`/gesprekken/${conversation.id}`);
    expect(plain(page.body)).toContain("Laat eerst zien dat u hier woont.");
    expect(page.body).not.toContain('name="vote"');
    const right = await tryBoth(people.right, conversation.id, statements[0]!.id);
    expect([right.vote.status, right.add.status]).toEqual([303, 303]);
    const votes = await t.services.db.kysely
      .selectFrom("opinion_votes")
      .select("verified")
      .where("conversation_id", "=", conversation.id)
      .execute();
    expect(votes.map((v) => v.verified)).toEqual([1]);
  });

  it("counts answers from verified residents on the report", async () => {
    const { conversation, statements } = await makeConversation(t, { participation: "anonymous" });
    await tryBoth(null, conversation.id, statements[0]!.id);
    await tryBoth(people.identity, conversation.id, statements[0]!.id);
    await tryBoth(people.email, conversation.id, statements[1]!.id);
    expect(plain((await t.agent().get(`/gesprekken/${conversation.id}/resultaten`)).body)).toContain(
      "3 antwoorden, waarvan 1 van geverifieerde bewoners",
    );
  });

  it("lets only managers set the rules, validates each field and changes nothing on bad input", async () => {
    const { conversation } = await makeConversation(t);
    const url = `/admin/gesprekken/${conversation.id}/deelname`;
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.get(url)).statusCode).toBe(200);
    const rows = () =>
      t.services.db.kysely
        .selectFrom("participation_rules")
        .selectAll()
        .where("component", "=", "opinions")
        .where("process_id", "=", conversation.id)
        .execute();
    const bad = await admin.post(url, { voteLevel: "alles", statementLevel: "none", statementMinAge: "0" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="field-voteLevel-error"');
    expect(bad.body).toContain('id="field-statementMinAge-error"');
    expect(await rows()).toEqual([]);
    for (const who of [t.users.resident, t.users.moderator]) {
      const agent = await t.agentFor(who);
      expect((await agent.get(url)).statusCode).toBe(403);
      expect((await agent.post(url, { voteLevel: "identity", statementLevel: "none" })).statusCode).toBe(403);
    }
    expect(await rows()).toEqual([]);
    const official = await t.agentFor(t.users.official);
    expect((await official.post(url, { voteLevel: "identity", statementLevel: "none" })).statusCode).toBe(303);
    expect((await rows()).map((r) => [r.action, r.level])).toEqual([["vote", "identity"]]);
  });
});
