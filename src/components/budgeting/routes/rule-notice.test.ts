// Residents learn before voting who may vote online: the process page says the ballot's rule from
// the proposal phase on, and tells a visitor who does not meet it what is missing and the way to
// meet it (DigiD, a letter code, or the voting code).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { verifiedResident } from "../../../../test/support/participation";
import { budgetingManifest } from "../manifest";
import { areaId, makeProcess, text } from "../test/fixtures";

describe.each(testDatabases)("budgeting: the ballot's rule before voting, on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("says on the process page, from the proposal phase on, who may vote online", async () => {
    const noord = await areaId(t, "Noord");
    for (const phase of ["submit", "vote"] as const) {
      const { process } = await makeProcess(t, { areaId: noord, phase });
      expect(text(await t.agent().get(`/begroting/${process.id}`))).toContain(
        "Alleen bewoners van Noord kunnen stemmen.",
      );
    }
    const { process: wholeSite } = await makeProcess(t);
    expect(text(await t.agent().get(`/begroting/${wholeSite.id}`))).toContain(
      "Iedereen met een bevestigd e-mailadres kan stemmen.",
    );
    const { process: done } = await makeProcess(t, { areaId: noord, phase: "results" });
    expect(text(await t.agent().get(`/begroting/${done.id}`))).not.toContain("kunnen stemmen");
  });

  it("tells an account that is not verified, or verified elsewhere, what is missing before the ballot", async () => {
    const { process } = await makeProcess(t, { areaId: await areaId(t, "Noord") });
    const emailOnly = await t.agentFor(await t.newUser({ postcode: "1010 AB" }));
    const page = await emailOnly.get(`/begroting/${process.id}`);
    expect(text(page)).toContain("Laat eerst zien dat u hier woont.");
    expect(page.body).toContain(
      `href="/account/verifieren?terug=${encodeURIComponent(`/begroting/${process.id}/stemmen`)}"`,
    );
    const ballot = await emailOnly.get(`/begroting/${process.id}/stemmen`);
    expect(ballot.statusCode).toBe(403);
    expect(ballot.body).not.toContain('name="project"');

    const southerner = await t.agentFor(await verifiedResident(t, { postcode: "1025 XX" }));
    expect(text(await southerner.get(`/begroting/${process.id}`))).toContain(
      "Volgens uw verificatie woont u niet in Noord.",
    );
    const resident = await t.agentFor(await verifiedResident(t, { postcode: "1010 AB" }));
    const fine = text(await resident.get(`/begroting/${process.id}`));
    expect(fine).toContain("Alleen bewoners van Noord kunnen stemmen.");
    expect(fine).not.toContain("Volgens uw verificatie");
  });

  it("says that an area without postcodes can only vote with codes", async () => {
    const { addArea } = await import("../../../core/sites/store");
    const area = await addArea(t.services.db.kysely, t.site.id, "Haven", "");
    const { process } = await makeProcess(t, { areaId: area.id });
    const resident = await t.agentFor(await verifiedResident(t, { postcode: "1010 AB" }));
    const page = await resident.get(`/begroting/${process.id}/stemmen`);
    expect(page.statusCode).toBe(403);
    expect(text(page)).toContain("Voor Haven zijn geen postcodes bekend.");
    expect(page.body).toContain(`href="/begroting/${process.id}/stemcode"`);
  });

  it("says so in English too", async () => {
    const { process } = await makeProcess(t, { areaId: await areaId(t, "Noord") });
    const agent = await t.agentFor(await t.newUser());
    await agent.get("/taal/en");
    const page = text(await agent.get(`/begroting/${process.id}`));
    expect(page).toContain("Only residents of Noord can vote.");
    expect(page).toContain("Please show first that you live here.");
  });
});
