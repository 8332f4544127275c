// Who may propose a project and vote online: each action under the budget's participation rule,
// for each level, with the refusal's explanation and the way to meet it; the rule settings page;
// and the honest count of ballots on the results.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { areaId, setRule, verifiedResident } from "../../../../test/support/participation";
import type { User } from "../../../core/db/types";
import { budgetingManifest } from "../manifest";
import { makeProcess, text } from "../test/fixtures";

const plain = (body: string) =>
  text({ body })
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe.each(testDatabases)("budgeting: who may take part, on $name", (database) => {
  let t: TestApp;
  let people: Record<"none" | "email" | "identity" | "wrongArea" | "tooYoung" | "right", User>;

  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
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

  async function tryBoth(who: User, ids: { submit: number; vote: number; project: number }) {
    const agent = await t.agentFor(who);
    const propose = await agent.post(`/begroting/${ids.submit}/indienen`, { title: "Bankje", description: "" });
    const ballot = await agent.post(`/begroting/${ids.vote}/stemmen`, { project: String(ids.project) });
    return {
      propose: { status: propose.statusCode, text: plain(propose.body) },
      ballot: { status: ballot.statusCode, text: plain(ballot.body), body: ballot.body },
    };
  }

  async function processes() {
    const submit = (await makeProcess(t, { phase: "submit" })).process;
    const vote = await makeProcess(t);
    return { submit: submit.id, vote: vote.process.id, project: vote.projects[3]!.id };
  }

  it("a whole-site budget asks a confirmed address; a verified resident needs none", async () => {
    const ids = await processes();
    const none = await tryBoth(people.none, ids);
    expect(none.propose.status).toBe(403);
    expect(none.propose.text).toContain("Bevestig eerst uw e-mailadres. Daarna kunt u een project voorstellen.");
    expect(none.ballot.status).toBe(403);
    expect(none.ballot.text).toContain("Bevestig eerst uw e-mailadres. Daarna kunt u online stemmen.");
    for (const who of [people.email, people.identity]) {
      const ok = await tryBoth(who, ids);
      expect([ok.propose.status, ok.ballot.status]).toEqual([303, 303]);
    }
  });

  it("only residents of Noord aged 16 or over: each level gets its own explanation and way", async () => {
    const ids = await processes();
    const noord = await areaId(t, "Noord");
    for (const [id, action] of [
      [ids.submit, "propose"],
      [ids.vote, "ballot"],
    ] as const)
      await setRule(t, "budgeting", id, action, { areaIds: [noord], minAge: 16 });
    for (const who of [people.none, people.email]) {
      const r = await tryBoth(who, ids);
      expect(r.propose.status).toBe(403);
      expect(r.propose.text).toContain(
        "Alleen bewoners van Noord van 16 jaar en ouder kunnen een project voorstellen.",
      );
      expect(r.ballot.status).toBe(403);
      expect(r.ballot.text).toContain("Alleen bewoners van Noord van 16 jaar en ouder kunnen stemmen.");
      expect(r.ballot.text).toContain("Laat eerst zien dat u hier woont.");
      expect(r.ballot.body).toContain("/account/verifieren?terug=");
      expect(r.ballot.body).toContain(`href="/begroting/${ids.vote}/stemcode"`);
    }
    const outside = await tryBoth(people.wrongArea, ids);
    expect([outside.propose.status, outside.ballot.status]).toEqual([403, 403]);
    expect(outside.ballot.text).toContain("Volgens uw verificatie woont u niet in Noord.");
    const young = await tryBoth(people.tooYoung, ids);
    expect([young.propose.status, young.ballot.status]).toEqual([403, 403]);
    expect(young.ballot.text).toContain("U moet 16 jaar of ouder zijn.");
    const right = await tryBoth(people.right, ids);
    expect([right.propose.status, right.ballot.status]).toEqual([303, 303]);
  });

  it("counts ballots from verified residents on the results", async () => {
    const { process, projects } = await makeProcess(t);
    for (const who of [people.email, people.identity])
      expect(
        (await (await t.agentFor(who)).post(`/begroting/${process.id}/stemmen`, { project: String(projects[3]!.id) }))
          .statusCode,
      ).toBe(303);
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post(`/admin/begroting/${process.id}/fase`, { phase: "results" })).statusCode).toBe(303);
    expect(plain((await t.agent().get(`/begroting/${process.id}/uitslag`)).body)).toContain(
      "2 stemmen, waarvan 1 van geverifieerde bewoners of met een stemcode uit een brief.",
    );
  });

  it("lets only admins set the rules, validates them beside each field and changes nothing on bad input", async () => {
    const { process } = await makeProcess(t, { areaId: await areaId(t, "Noord") });
    const url = `/admin/begroting/${process.id}/deelname`;
    const admin = await t.agentFor(t.users.admin);
    const form = await admin.get(url);
    expect(form.statusCode).toBe(200);
    // An area budget asks verified residents of its area until the administrator says otherwise.
    expect(form.body).toMatch(/<option value="identity" selected/);
    const snapshot = () =>
      t.services.db.kysely.selectFrom("participation_rules").selectAll().where("process_id", "=", process.id).execute();
    const bad = await admin.post(url, { proposeLevel: "email", ballotLevel: "email", ballotMinAge: "200" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="field-ballotMinAge-error"');
    expect(await snapshot()).toEqual([]);
    for (const who of [t.users.resident, t.users.official]) {
      const agent = await t.agentFor(who);
      expect((await agent.get(url)).statusCode).toBe(403);
      expect((await agent.post(url, { proposeLevel: "email", ballotLevel: "email" })).statusCode).toBe(403);
    }
    expect(await snapshot()).toEqual([]);
    expect((await admin.post(url, { proposeLevel: "email", ballotLevel: "email" })).statusCode).toBe(303);
    expect((await snapshot()).map((r) => [r.action, r.level, r.area_ids])).toEqual([["ballot", "email", ""]]);
    // Another site's process is not found.
    expect((await admin.get("/admin/begroting/999999/deelname")).statusCode).toBe(404);
  });
});
