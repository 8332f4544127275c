// A refused ballot says so first: no green "saved" above the red error, and a total over the
// budget is named as such instead of "Nog over: € -10.000".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { verifiedResident } from "../../../../test/support/participation";
import { budgetingManifest } from "../manifest";
import { areaId, makeProcess, text } from "../test/fixtures";

describe.each(testDatabases)("budgeting: refused ballots on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("names a total over the budget, in the page and in the template for the live total", async () => {
    const { process, projects } = await makeProcess(t, { areaId: await areaId(t, "Noord") });
    const agent = await t.agentFor(await verifiedResident(t, { postcode: "1010 AB" }));
    const check = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: [String(projects[0]!.id), String(projects[1]!.id)],
      action: "check",
    });
    expect(text(check)).not.toContain("€ -10.000");
    expect(text(check)).toContain("Gekozen: € 70.000 van € 60.000. Dat is € 10.000 te veel.");
    expect(check.body).toContain("data-template-over=");
  });

  it("does not show the green 'saved' above the error when a changed ballot is refused", async () => {
    const { process, projects } = await makeProcess(t, { areaId: await areaId(t, "Noord") });
    const agent = await t.agentFor(await verifiedResident(t, { postcode: "1010 AB" }));
    const saved = await agent.post(`/begroting/${process.id}/stemmen`, { project: String(projects[3]!.id) });
    expect(saved.statusCode).toBe(303);
    await agent.get(String(saved.headers.location)); // the browser follows the redirect (and its flash)
    const refused = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: [String(projects[0]!.id), String(projects[1]!.id)],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).not.toContain("utrecht-alert--ok");
    expect(text(refused)).toContain("Deze nieuwe keuze is niet opgeslagen. Uw eerdere stem blijft geldig.");
    agent.cookies.set("inspraak_lang", "en");
    const en = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: [String(projects[0]!.id), String(projects[1]!.id)],
      action: "check",
    });
    expect(text(en)).toContain("That is €10,000 too much.");
  });
});
