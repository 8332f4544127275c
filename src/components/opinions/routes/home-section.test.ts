import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createConversation } from "../commands/create-conversation";

describe.each(testDatabases)("conversations on the home page on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists the open conversations, not the closed or upcoming ones", async () => {
    const now = t.clock();
    const add = (topic: string, opensAt: string, closesAt: string | null) =>
      createConversation(t.services, {
        siteId: t.site.id,
        actorUserId: null,
        seedStatements: ["Een stelling"],
        settings: { topic, introduction: "", statementMode: "none", participation: "anonymous", opensAt, closesAt },
      });
    const day = 86_400_000;
    const open = await add(
      "Parkeren in uw straat",
      new Date(now.getTime() - day).toISOString(),
      new Date(now.getTime() + day).toISOString(),
    );
    await add(
      "Al gesloten gesprek",
      new Date(now.getTime() - 3 * day).toISOString(),
      new Date(now.getTime() - day).toISOString(),
    );
    await add("Later gesprek", new Date(now.getTime() + day).toISOString(), null);
    const page = (await (await t.agentFor(t.users.resident)).get("/")).body;
    expect(page).toContain("Vragen van de gemeente");
    expect(page).toContain(`href="/gesprekken/${open.id}"`);
    expect(page).not.toContain("Al gesloten gesprek");
    expect(page).not.toContain("Later gesprek");
  });
});
