import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createIdea, createIdeasApp, ideaRow } from "../test/factories";
import { up } from "./2026-12-02-ideas-due-end-of-day";

describe.each(testDatabases)("moving stored due dates to the end of their day on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("moves a due moment of the old kind (forwarding + N × 24 h) to the last moment of its local day", async () => {
    const winter = await createIdea(t, { title: "Oude termijn in de winter" });
    const summer = await createIdea(t, { title: "Oude termijn in de zomer" });
    const none = await createIdea(t, { title: "Nog niet doorgestuurd" });
    const db = t.services.db.kysely;
    await db.updateTable("ideas").set({ due_at: "2026-12-16T10:00:00.000Z" }).where("id", "=", winter).execute();
    // 23:30 UTC on 3 July is already 4 July in Amsterdam.
    await db.updateTable("ideas").set({ due_at: "2027-07-03T23:30:00.000Z" }).where("id", "=", summer).execute();
    await up(db);
    expect((await ideaRow(t, winter)).due_at).toBe("2026-12-16T22:59:59.999Z");
    expect((await ideaRow(t, summer)).due_at).toBe("2027-07-04T21:59:59.999Z");
    expect((await ideaRow(t, none)).due_at).toBeNull();
    await up(db); // running it again changes nothing
    expect((await ideaRow(t, winter)).due_at).toBe("2026-12-16T22:59:59.999Z");
  });
});
