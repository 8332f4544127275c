// iCalendar (RFC 5545) for meetings, made by ical-generator with the Europe/Amsterdam VTIMEZONE
// from @touch4it/ical-timezones (times through luxon): one file per meeting and a feed per site or area. Each meeting
// keeps the UID it got at creation; every change and the cancellation raise SEQUENCE, so a
// subscribed calendar replaces the event (or shows it cancelled) instead of adding a second one.
import { loadOnFirstUse } from "../../../core/load-on-first-use";
import { TIME_ZONE } from "../../../core/i18n/local-days";
import type { MeetingRow } from "../store/tables";

export interface CalendarOptions {
  name: string;
  baseUrl: string;
  /** Translations for the words the file itself adds (kind, accessibility). */
  describe(meeting: MeetingRow): string;
}

const calendarPackages = loadOnFirstUse(() =>
  Promise.all([import("@touch4it/ical-timezones"), import("ical-generator"), import("luxon")]),
);

export async function meetingsCalendar(meetings: MeetingRow[], options: CalendarOptions): Promise<string> {
  const [{ getVtimezoneComponent }, { default: ical, ICalEventStatus }, { DateTime }] = await calendarPackages();
  const calendar = ical({
    name: options.name,
    prodId: { company: "Inspraak", product: "meetings", language: "NL" },
    // No calendar-wide zone (ical-generator would then write DTSTAMP without its Z); the generator
    // still adds the VTIMEZONE for the zone the events name.
    timezone: { name: null, generator: getVtimezoneComponent },
    // Clients that honour it refresh a subscribed feed every few hours.
    ttl: 60 * 60 * 4,
  });
  for (const m of meetings) {
    const url = `${options.baseUrl}/bijeenkomsten/${m.id}`;
    calendar.createEvent({
      id: m.uid,
      sequence: m.sequence,
      // Luxon carries the zone, so DTSTART is Amsterdam wall-clock time whatever the server's TZ.
      start: DateTime.fromISO(m.starts_at, { zone: TIME_ZONE }),
      end: DateTime.fromISO(m.ends_at, { zone: TIME_ZONE }),
      timezone: TIME_ZONE,
      stamp: new Date(m.updated_at),
      lastModified: new Date(m.updated_at),
      created: new Date(m.created_at),
      summary: m.title,
      description: `${options.describe(m)}\n\n${url}`,
      // The online link is only for people with a place, so the public file names the page instead.
      location: m.kind === "online" ? url : m.place,
      url,
      status: m.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
