// "Download my data" holds the person's registrations; deleting the account removes them, frees
// the place (counter down in the same transaction) and leaves nothing pointing to the person.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createMeetingsApp, makeMeeting } from "../test/factories";
import { meetingsPersonalData } from "./personal-data";

describe.each(testDatabases)("meetings personal data on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createMeetingsApp(database);
  });
  afterAll(() => t.close());

  it("exports the registrations and erases them, keeping the counter equal to the rows", async () => {
    const k = t.services.db.kysely;
    const id = await makeMeeting(t, { capacity: 5 });
    const person = await t.newUser();
    const other = await t.newUser();
    await (await t.agentFor(person)).post(`/bijeenkomsten/${id}/aanmelden`, { dietary: "Halal", interpreter: "1" });
    await (await t.agentFor(other)).post(`/bijeenkomsten/${id}/aanmelden`, {});
    const who = { id: person.id, siteId: t.site.id };
    const exported = await meetingsPersonalData.export(k, who, t.clock());
    expect(exported).toMatchObject({
      registrations: [
        { meetingId: id, email: person.email, status: "confirmed", dietaryNeeds: "Halal", interpreter: true },
      ],
    });
    await k.transaction().execute((trx) => meetingsPersonalData.erase(trx, who, t.clock()));
    const rows = await k
      .selectFrom("meeting_registrations")
      .select(["user_id", "status"])
      .where("meeting_id", "=", id)
      .execute();
    expect(rows).toEqual([{ user_id: other.id, status: "confirmed" }]);
    const meeting = await k
      .selectFrom("meetings")
      .select("confirmed_count")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(meeting.confirmed_count).toBe(1);
    expect(await meetingsPersonalData.export(k, who, t.clock())).toEqual({ registrations: [] });
  });
});
