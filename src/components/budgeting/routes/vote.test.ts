import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { verifiedResident } from "../../../../test/support/participation";
import { budgetingManifest } from "../manifest";
import { areaId, ballotOf, makeProcess, snapshot, text } from "../test/fixtures";

describe.each(testDatabases)("budgeting: residents vote on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
    // The resident lives in Noord (postcode 1010), verified through DigiD: area budgets ask that.
    await t.services.db.kysely
      .updateTable("users")
      .set({ identity_verified_at: t.clock().toISOString(), verified_postcode: "1010 AB" })
      .where("id", "=", t.users.resident.id)
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows the ballot with the running total, saves it and lets the resident change it", async () => {
    const { process, projects } = await makeProcess(t, { areaId: await areaId(t, "Noord") });
    const agent = await t.agentFor(t.users.resident);
    const page = await agent.get(`/begroting/${process.id}/stemmen`);
    expect(page.statusCode).toBe(200);
    expect(text(page)).toContain("Kies projecten die samen hoogstens € 60.000 kosten.");
    expect(page.body).toContain('data-ballot="approval"');
    const check = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: [String(projects[0]!.id), String(projects[2]!.id)],
      action: "check",
    });
    expect(check.statusCode).toBe(200);
    expect(text(check)).toContain("Gekozen: € 60.000 van € 60.000. Nog over: € 0.");
    expect(await ballotOf(t, process.id, `user:${t.users.resident.id}`)).toBeNull();
    const saved = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: [String(projects[0]!.id), String(projects[2]!.id)],
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/begroting/${process.id}/stemmen`);
    const again = await agent.get(`/begroting/${process.id}/stemmen`);
    expect(again.body).toContain("Uw stem is opgeslagen.");
    expect(again.body).toMatch(new RegExp(`value="${projects[0]!.id}" checked`));
    await agent.post(`/begroting/${process.id}/stemmen`, { project: String(projects[3]!.id) });
    expect(await ballotOf(t, process.id, `user:${t.users.resident.id}`)).toEqual([
      { projectId: projects[3]!.id, points: 1 },
    ]);
    const rows = await t.services.db.kysely
      .selectFrom("budget_ballots")
      .select("id")
      .where("process_id", "=", process.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("refuses a ballot over the budget with the reason and keeps the previous ballot", async () => {
    const { process, projects } = await makeProcess(t);
    const agent = await t.agentFor(t.users.resident);
    await agent.post(`/begroting/${process.id}/stemmen`, { project: String(projects[1]!.id) });
    const before = await snapshot(t);
    const res = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: [String(projects[0]!.id), String(projects[1]!.id)],
    });
    expect(res.statusCode).toBe(400);
    expect(text(res)).toContain(
      "Kies projecten: uw keuze kost € 70.000. Dat is € 10.000 meer dan het budget van € 60.000.",
    );
    expect(await snapshot(t)).toBe(before);
    expect(await ballotOf(t, process.id, `user:${t.users.resident.id}`)).toEqual([
      { projectId: projects[1]!.id, points: 1 },
    ]);
  });

  it("refuses malformed, empty, unknown and cross-process project ids without changing anything", async () => {
    const { process } = await makeProcess(t);
    const { projects: otherProjects } = await makeProcess(t);
    const agent = await t.agentFor(t.users.resident);
    const before = await snapshot(t);
    for (const form of [
      { project: "abc" },
      { project: "" },
      {},
      { project: "999999" },
      { project: String(otherProjects[0]!.id) },
      { project: Array.from({ length: 1001 }, (_, i) => String(i)) },
    ]) {
      const res = await agent.post(`/begroting/${process.id}/stemmen`, form);
      expect(res.statusCode).toBe(400);
    }
    expect(await snapshot(t)).toBe(before);
  });

  it("applies min/max and cumulative points, with reasons", async () => {
    const minmax = await makeProcess(t, { ballotType: "approval-minmax", minProjects: 2, maxProjects: 3 });
    const agent = await t.agentFor(t.users.resident);
    const few = await agent.post(`/begroting/${minmax.process.id}/stemmen`, {
      project: String(minmax.projects[0]!.id),
    });
    expect(few.statusCode).toBe(400);
    expect(few.body).toContain("Kies projecten: u koos 1 project. Kies er minstens 2.");
    const ok = await agent.post(`/begroting/${minmax.process.id}/stemmen`, {
      project: minmax.projects.slice(0, 3).map((p) => String(p.id)),
    });
    expect(ok.statusCode).toBe(303);

    const cumulative = await makeProcess(t, { ballotType: "cumulative", pointsTotal: 5, pointsPerProject: 3 });
    const [a, b] = cumulative.projects;
    const over = await agent.post(`/begroting/${cumulative.process.id}/stemmen`, {
      [`points-${a!.id}`]: "3",
      [`points-${b!.id}`]: "3",
    });
    expect(over.statusCode).toBe(400);
    expect(over.body).toContain("Verdeel uw punten: u gaf 6 punten. U kunt hoogstens 5 punten geven.");
    const bad = await agent.post(`/begroting/${cumulative.process.id}/stemmen`, { [`points-${a!.id}`]: "1.5" });
    expect(bad.statusCode).toBe(400);
    const good = await agent.post(`/begroting/${cumulative.process.id}/stemmen`, {
      [`points-${a!.id}`]: "3",
      [`points-${b!.id}`]: "2",
    });
    expect(good.statusCode).toBe(303);
    expect(await ballotOf(t, cumulative.process.id, `user:${t.users.resident.id}`)).toEqual([
      { projectId: a!.id, points: 3 },
      { projectId: b!.id, points: 2 },
    ]);
  });

  it("lets only verified residents of the area vote online; visitors log in; a closed vote refuses", async () => {
    const { process, projects } = await makeProcess(t, { areaId: await areaId(t, "Zuid") });
    const anonymous = await t.agent().get(`/begroting/${process.id}/stemmen`);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain("/inloggen");
    const agent = await t.agentFor(t.users.resident); // verified postcode 1010: Noord
    const closed = await makeProcess(t, { phase: "review" });
    const before = await snapshot(t);
    const page = await agent.get(`/begroting/${process.id}/stemmen`);
    expect(page.statusCode).toBe(403);
    expect(text(page)).toContain("Alleen bewoners van Zuid kunnen stemmen.");
    expect(text(page)).toContain("Volgens uw verificatie woont u niet in Zuid.");
    // Whoever cannot vote online may still use the voting code from the letter.
    expect(page.body).toContain(`href="/begroting/${process.id}/stemcode"`);
    expect(
      (await agent.post(`/begroting/${process.id}/stemmen`, { project: String(projects[3]!.id) })).statusCode,
    ).toBe(403);
    // A postcode typed into the account is no proof of living there.
    const claimed = await t.agentFor(await t.newUser({ postcode: "1025 XX" }));
    const claimedPage = await claimed.get(`/begroting/${process.id}/stemmen`);
    expect(claimedPage.statusCode).toBe(403);
    expect(text(claimedPage)).toContain("Laat eerst zien dat u hier woont.");
    expect(claimedPage.body).toContain("/account/verifieren?terug=");
    const southerner = await t.agentFor(await verifiedResident(t, { postcode: "1025 XX" }));
    expect((await southerner.get(`/begroting/${process.id}/stemmen`)).statusCode).toBe(200);
    expect(
      (await agent.post(`/begroting/${closed.process.id}/stemmen`, { project: String(closed.projects[3]!.id) }))
        .statusCode,
    ).toBe(409);
    expect(await snapshot(t)).toBe(before);
  });

  it("refuses an account whose e-mail address is not confirmed, and says what is missing", async () => {
    const { process, projects } = await makeProcess(t);
    const unverified = await t.agentFor(await t.newUser({ verified: false }));
    const before = await snapshot(t);
    const page = await unverified.get(`/begroting/${process.id}/stemmen`);
    expect(page.statusCode).toBe(403);
    expect(text(page)).toContain("Bevestig eerst uw e-mailadres");
    expect(page.body).toContain('action="/account/bevestigen/opnieuw"');
    const vote = await unverified.post(`/begroting/${process.id}/stemmen`, { project: String(projects[3]!.id) });
    expect(vote.statusCode).toBe(403);
    expect(text(vote)).toContain("Bevestig eerst uw e-mailadres");
    expect(await snapshot(t)).toBe(before);
  });

  it("refuses a vote without a CSRF token or from another website with 403", async () => {
    const { process, projects } = await makeProcess(t);
    const agent = await t.agentFor(t.users.resident);
    const before = await snapshot(t);
    expect(
      (await agent.post(`/begroting/${process.id}/stemmen`, { _csrf: "", project: String(projects[3]!.id) }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await agent.post(
          `/begroting/${process.id}/stemmen`,
          { project: String(projects[3]!.id) },
          { origin: "https://evil.example" },
        )
      ).statusCode,
    ).toBe(403);
    expect(await snapshot(t)).toBe(before);
  });

  it("keeps one ballot per voter when the same vote arrives twice at once", async () => {
    const { process, projects } = await makeProcess(t);
    const agent = await t.agentFor(t.users.resident);
    const results = await Promise.all(
      [0, 1, 2].map((i) => agent.post(`/begroting/${process.id}/stemmen`, { project: String(projects[i + 1]!.id) })),
    );
    expect(results.map((r) => r.statusCode)).toEqual([303, 303, 303]);
    const rows = await t.services.db.kysely
      .selectFrom("budget_ballots")
      .select("id")
      .where("process_id", "=", process.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(await ballotOf(t, process.id, `user:${t.users.resident.id}`)).toHaveLength(1);
  });
});
