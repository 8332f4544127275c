import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { makeProcess, otherSite } from "../test/fixtures";

describe.each(testDatabases)("budgets on the home page on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows the budgets open for proposals or votes of this site only", async () => {
    const home = async () => (await (await t.agentFor(t.users.resident)).get("/")).body;
    expect(await home()).not.toContain("Buurtbudget: doe nu mee");
    const { process: voting } = await makeProcess(t, { title: "Stemmen in Noord", phase: "vote" });
    await makeProcess(t, { title: "Al afgelopen", phase: "results" });
    const other = await otherSite(t);
    await makeProcess(t, { title: "Budget van een andere site", phase: "vote", siteId: other.siteId });
    const page = await home();
    expect(page).toContain("Buurtbudget: doe nu mee");
    expect(page).toContain(`href="/begroting/${voting.id}"`);
    expect(page).not.toContain("Al afgelopen");
    expect(page).not.toContain("Budget van een andere site");
  });
});
