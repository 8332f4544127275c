// Residents learn before voting that a budget for an area needs a postcode there: the process page
// says so from the start, and tells an account without a (fitting) postcode how to add it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { User } from "../../../core/db/types";
import { budgetingManifest } from "../manifest";
import { areaId, makeProcess, text } from "../test/fixtures";

describe.each(testDatabases)("budgeting: a postcode before voting, on $name", (database) => {
  let t: TestApp;
  let noPostcode: User;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
    noPostcode = await t.newUser();
    await t.services.db.kysely.updateTable("users").set({ postcode: null }).where("id", "=", noPostcode.id).execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("says on the process page, from the proposal phase on, that online voting needs a postcode there", async () => {
    const noord = await areaId(t, "Noord");
    for (const phase of ["submit", "vote"] as const) {
      const { process } = await makeProcess(t, { areaId: noord, phase });
      const page = text(await t.agent().get(`/begroting/${process.id}`));
      expect(page).toContain("Online stemmen kan alleen als uw postcode in Noord ligt.");
      expect(page).toContain("Zet daarom uw postcode in uw account voordat u gaat stemmen.");
    }
    const { process: wholeSite } = await makeProcess(t);
    expect(text(await t.agent().get(`/begroting/${wholeSite.id}`))).not.toContain("postcode");
    const { process: done } = await makeProcess(t, { areaId: noord, phase: "results" });
    expect(text(await t.agent().get(`/begroting/${done.id}`))).not.toContain("Online stemmen kan alleen");
  });

  it("tells an account without a postcode, or with one outside the area, how to add it before the ballot", async () => {
    const { process } = await makeProcess(t, { areaId: await areaId(t, "Noord") });
    const missing = await t.agentFor(noPostcode);
    const page = await missing.get(`/begroting/${process.id}`);
    expect(text(page)).toContain("In uw account staat nog geen postcode.");
    expect(page.body).toContain('href="/account#field-postcode"');
    const ballot = await missing.get(`/begroting/${process.id}/stemmen`);
    expect(ballot.statusCode).toBe(403);
    expect(text(ballot)).toContain("In uw account staat nog geen postcode. Vul uw postcode in");
    expect(ballot.body).toContain('href="/account#field-postcode"');
    expect(ballot.body).not.toContain('name="project"');

    const southerner = await t.agentFor(await t.newUser({ postcode: "1025 XX" }));
    expect(text(await southerner.get(`/begroting/${process.id}`))).toContain("Uw postcode 1025 XX ligt niet in Noord.");
    const resident = await t.agentFor(await t.newUser({ postcode: "1010 AB" }));
    const fine = text(await resident.get(`/begroting/${process.id}`));
    expect(fine).toContain("Online stemmen kan alleen als uw postcode in Noord ligt.");
    expect(fine).not.toContain("Postcode invullen");
  });

  it("says so in English too", async () => {
    const { process } = await makeProcess(t, { areaId: await areaId(t, "Noord") });
    const agent = await t.agentFor(noPostcode);
    await agent.get("/taal/en");
    const page = text(await agent.get(`/begroting/${process.id}`));
    expect(page).toContain("You can only vote online if your postcode is in Noord.");
    expect(page).toContain("Your account has no postcode yet.");
  });
});
