// The iCalendar output, read back with an independent parser (ical.js), and the open-data API.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createMeetingsApp, makeMeeting, validForm } from "../test/factories";

/** The events of a calendar file, with times converted through the file's own VTIMEZONE. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((c) => {
    const event = new ICAL.Event(c);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      location: event.location,
      status: c.getFirstPropertyValue("status"),
      tzid: c.getFirstProperty("dtstart")!.getParameter("tzid"),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

describe.each(testDatabases)("meetings calendars and API on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createMeetingsApp(database);
  });
  afterAll(() => t.close());

  it("a meeting's file is in Amsterdam time; an edit or cancellation keeps the UID, raises SEQUENCE", async () => {
    const official = await t.agentFor(t.users.official);
    const created = await official.post("/admin/bijeenkomsten/nieuw", { ...validForm(), title: "Avond; met, tekens" });
    const id = Number(/\/(\d+)$/.exec(String(created.headers.location))![1]);
    const first = await t.agent().get(`/bijeenkomsten/${id}.ics`);
    expect(first.statusCode).toBe(200);
    expect(first.headers["content-type"]).toContain("text/calendar");
    const [before] = parseEvents(first.body);
    expect(before).toMatchObject({
      sequence: 0,
      summary: "Avond; met, tekens",
      location: "Buurthuis, Appelstraat 12",
      status: "CONFIRMED",
      tzid: "Europe/Amsterdam",
      start: "2026-12-10T18:30:00.000Z",
      end: "2026-12-10T20:30:00.000Z",
    });
    // A summer date: the same wall-clock time is an hour earlier in UTC.
    await official.post(`/admin/bijeenkomsten/${id}/bewerken`, {
      ...validForm(),
      title: "Avond; met, tekens",
      date: "2027-06-10",
    });
    const [moved] = parseEvents((await t.agent().get(`/bijeenkomsten/${id}.ics`)).body);
    expect(moved).toMatchObject({ uid: before!.uid, sequence: 1, start: "2027-06-10T17:30:00.000Z" });
    await official.post(`/admin/bijeenkomsten/${id}/annuleren`, { reason: "Zaal niet beschikbaar" });
    const [cancelled] = parseEvents((await t.agent().get(`/bijeenkomsten/${id}.ics`)).body);
    expect(cancelled).toMatchObject({ uid: before!.uid, sequence: 2, status: "CANCELLED" });
  });

  it("the site feed and the area feed hold the right meetings; a wrong area is a 404", async () => {
    const areas = await t.services.db.kysely
      .selectFrom("areas")
      .select("id")
      .where("site_id", "=", t.site.id)
      .orderBy("id")
      .execute();
    const north = await makeMeeting(t, { title: "Noord bijeen", areaId: areas[0]!.id });
    const south = await makeMeeting(t, { title: "Zuid bijeen", areaId: areas[1]!.id });
    const site = parseEvents((await t.agent().get("/bijeenkomsten.ics")).body).map((e) => e.summary);
    expect(site).toEqual(expect.arrayContaining(["Noord bijeen", "Zuid bijeen"]));
    const area = parseEvents((await t.agent().get(`/bijeenkomsten/gebied/${areas[0]!.id}.ics`)).body).map(
      (e) => e.summary,
    );
    expect(area).toContain("Noord bijeen");
    expect(area).not.toContain("Zuid bijeen");
    expect((await t.agent().get("/bijeenkomsten/gebied/999999.ics")).statusCode).toBe(404);
    expect((await t.agent().get("/bijeenkomsten/gebied/abc")).statusCode).toBe(404);
    expect(north).not.toBe(south);
  });

  it("GET /api/v1/meetings lists upcoming and past meetings with places left and calendar links", async () => {
    const full = await makeMeeting(t, { title: "API bijeen", capacity: 2 });
    await (await t.agentFor(await t.newUser())).post(`/bijeenkomsten/${full}/aanmelden`, {});
    await makeMeeting(t, {
      title: "API geweest",
      startsAt: "2026-11-01T18:30:00.000Z",
      endsAt: "2026-11-01T20:30:00.000Z",
    });
    const res = await t.agent().get("/api/v1/meetings?pageSize=100");
    expect(res.statusCode).toBe(200);
    expect(res.headers["api-version"]).toBe("1.0.0");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const body = res.json();
    const item = body._embedded.meetings.find((m: { title: string }) => m.title === "API bijeen");
    expect(item).toMatchObject({
      kind: "in_person",
      place: "Buurthuis, Appelstraat 12",
      capacity: 2,
      placesLeft: 1,
      startsAt: "2026-12-10T18:30:00.000Z",
      accessibility: { wheelchair: true, hearingLoop: false, signLanguageOnRequest: false },
    });
    expect(item._links.calendar.href).toMatch(new RegExp(`/bijeenkomsten/${full}\\.ics$`));
    expect(body._embedded.meetings.map((m: { title: string }) => m.title)).not.toContain("API geweest");
    const past = (await t.agent().get("/api/v1/meetings?when=past")).json();
    expect(past._embedded.meetings.map((m: { title: string }) => m.title)).toContain("API geweest");
  });

  it("answers bad API parameters with problem+json naming each; the path is in the one OpenAPI file", async () => {
    const res = await t.agent().get("/api/v1/meetings?when=tomorrow&pageSize=1000&areaId=x");
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    const names = res
      .json()
      .invalidParams.map((p: { name: string }) => p.name)
      .sort();
    expect(names).toEqual(["areaId", "pageSize", "when"]);
    expect((await t.agent().get("/api/v1/meetings/")).statusCode).toBe(404);
    const doc = (await t.agent().get("/api/v1/openapi.json")).json();
    expect(doc.paths["/meetings"].get.operationId).toBe("listMeetings");
    expect(doc.paths["/ideas"]).toBeDefined();
    expect(doc.components.schemas.Meeting).toBeDefined();
  });
});
