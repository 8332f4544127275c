// The home page names the next meetings; the open-data page lists the calendar feeds and the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createMeetingsApp, makeMeeting } from "../test/factories";

describe.each(testDatabases)("meetings on the home and open-data pages on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createMeetingsApp(database);
  });
  afterAll(() => t.close());

  it("shows the next meetings at home, but not a past or cancelled one", async () => {
    expect((await t.agent().get("/")).body).not.toContain("Bijeenkomsten binnenkort");
    const next = await makeMeeting(t, { title: "Avond over de markt" });
    await makeMeeting(t, {
      title: "Al geweest",
      startsAt: "2026-11-01T18:30:00.000Z",
      endsAt: "2026-11-01T20:30:00.000Z",
    });
    t.clock.advance(2000); // past the home page's one-second micro-cache (made by a command, not a request)
    const home = await t.agent().get("/");
    expect(home.body).toContain("Bijeenkomsten binnenkort");
    expect(home.body).toContain(`href="/bijeenkomsten/${next}"`);
    expect(home.body).not.toContain("Al geweest");
  });

  it("lists the site feed, a feed per area and the API on the open-data page", async () => {
    const page = await t.agent().get("/open-data");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="/bijeenkomsten.ics"');
    expect(page.body).toMatch(/href="\/bijeenkomsten\/gebied\/\d+\.ics"/);
    expect(page.body).toContain('href="/api/v1/meetings"');
  });
});
