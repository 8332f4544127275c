// Test helpers for the meetings tests: an app with the meetings component (and ideas, which serves
// the OpenAPI document), the staff form's valid values, and meetings made through the command.
import type { TestApp } from "../../../../test/support/app";
import { createTestApp } from "../../../../test/support/app";
import type { TestDatabase } from "../../../../test/support/databases";
import { ideasComponent } from "../../ideas/manifest";
import { asCurrentUser } from "../../ideas/test/factories";
import { createMeeting, type MeetingInput } from "../commands/save-meeting";
import { meetingsComponent } from "../manifest";

export function createMeetingsApp(database: TestDatabase): Promise<TestApp> {
  return createTestApp(database, { components: [ideasComponent, meetingsComponent] });
}

/** What an official types into the form for a good meeting (the test clock starts 26 Nov 2026). */
export const validForm = (): Record<string, string> => ({
  title: "Buurtavond over het plein",
  description: "We praten over de nieuwe inrichting van het plein. Koffie staat klaar.",
  kind: "in_person",
  date: "2026-12-10",
  startTime: "19:30",
  endTime: "21:30",
  place: "Buurthuis, Appelstraat 12",
  onlineUrl: "",
  wheelchair: "1",
  organiser: "Team Participatie",
  areaId: "",
  relatedUrl: "",
  relatedLabel: "",
  registration: "required",
  capacity: "3",
  guestsAllowed: "1",
});

export const meetingInput = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  title: "Buurtavond over het plein",
  description: "We praten over de nieuwe inrichting van het plein.",
  kind: "in_person",
  startsAt: "2026-12-10T18:30:00.000Z",
  endsAt: "2026-12-10T20:30:00.000Z",
  place: "Buurthuis, Appelstraat 12",
  onlineUrl: null,
  wheelchair: true,
  hearingLoop: false,
  signLanguage: false,
  organiser: "Team Participatie",
  relatedUrl: null,
  relatedLabel: null,
  areaId: null,
  registration: "required",
  capacity: 2,
  guestsAllowed: true,
  ...overrides,
});

export async function makeMeeting(t: TestApp, overrides: Partial<MeetingInput> = {}): Promise<number> {
  return createMeeting(t.services, t.site, asCurrentUser(t.users.official, ["official"]), meetingInput(overrides));
}

/** The first link in a mail's text that starts with the site's address and this path. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path.replace(/\//g, "\\/")}[^\\s]*`).exec(text);
  if (!match) throw new Error(`no link to ${path} in: ${text}`);
  return new URL(match[0]).pathname;
}
