// One zod schema per form and query. Messages are catalog keys; form values arrive as strings.
// Rules between fields (end after start, an address for a meeting in a room) are in meetingChecks,
// run with the schema by parseFormWith, so a form shows all its errors at once.
import { z } from "zod";
import type { FieldError } from "../../../core/http/errors";
import { safeLocalPath } from "../../../core/http/local-path";
import { multiLineText, singleLineText } from "../../../core/http/text-rules";
import { localDateTimeToIso } from "../../../core/i18n/local-days";
import { MEETING_KINDS, needsLink, needsPlace, REGISTRATION_MODES } from "../domain/meeting";

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const meetingParams = z.object({ id });
export const outcomeParams = z.object({ id, outcomeId: id });
export const linkParams = z.object({ id, token: z.string().min(10).max(100) });

const line = (min: number, max: number, shortKey = "forms.errors.required") =>
  singleLineText().trim().min(min, shortKey).max(max, "forms.errors.tooLong");
const optionalLine = (max: number) => singleLineText().trim().max(max, "forms.errors.tooLong").default("");
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "1");

const isRealDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
};
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const meetingForm = z.object({
  title: line(5, 120, "meetings.errors.titleShort"),
  description: multiLineText().trim().min(20, "meetings.errors.descriptionShort").max(10_000, "forms.errors.tooLong"),
  kind: z.enum(MEETING_KINDS, "meetings.errors.kind"),
  date: z.string().refine(isRealDate, "meetings.errors.date"),
  startTime: z.string().regex(TIME, "meetings.errors.time"),
  endTime: z.string().regex(TIME, "meetings.errors.time"),
  place: optionalLine(300),
  onlineUrl: optionalLine(500).refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), "meetings.errors.onlineUrl"),
  wheelchair: checkbox,
  hearingLoop: checkbox,
  signLanguage: checkbox,
  organiser: line(2, 200),
  areaId: z.union([z.literal(""), id]).default(""),
  relatedUrl: optionalLine(300).refine((v) => v === "" || safeLocalPath(v, "") === v, "meetings.errors.localPath"),
  relatedLabel: optionalLine(200),
  registration: z.enum(REGISTRATION_MODES, "meetings.errors.registration"),
  capacity: z
    .string()
    .trim()
    .regex(/^(\d{1,5})?$/, "meetings.errors.capacity")
    .refine((v) => v === "" || Number(v) >= 1, "meetings.errors.capacity"),
  guestsAllowed: checkbox,
});
export type MeetingFormData = z.infer<typeof meetingForm>;

/** The rules that tie fields together; also run when the schema itself fails (see above). */
export function meetingChecks(v: Record<string, string>): FieldError[] {
  const errors: FieldError[] = [];
  const kind = (MEETING_KINDS as readonly string[]).includes(v.kind ?? "")
    ? (v.kind as (typeof MEETING_KINDS)[number])
    : null;
  if (isRealDate(v.date ?? "") && TIME.test(v.startTime ?? "") && TIME.test(v.endTime ?? "")) {
    if (v.endTime! <= v.startTime!) errors.push({ field: "endTime", messageKey: "meetings.errors.endBeforeStart" });
  }
  if (kind && needsPlace(kind) && !(v.place ?? "").trim())
    errors.push({ field: "place", messageKey: "meetings.errors.placeNeeded" });
  if (kind && needsLink(kind) && !(v.onlineUrl ?? "").trim())
    errors.push({ field: "onlineUrl", messageKey: "meetings.errors.linkNeeded" });
  // The online link is only for registered people, so a meeting with one takes registrations.
  if (kind && needsLink(kind) && v.registration === "none")
    errors.push({ field: "registration", messageKey: "meetings.errors.linkNeedsRegistration" });
  if ((v.relatedUrl ?? "").trim() && !(v.relatedLabel ?? "").trim())
    errors.push({ field: "relatedLabel", messageKey: "meetings.errors.relatedLabel" });
  return errors;
}

/** The form's values as the command wants them (times in UTC). */
export function meetingInput(d: MeetingFormData) {
  return {
    title: d.title,
    description: d.description,
    kind: d.kind,
    startsAt: localDateTimeToIso(d.date, d.startTime),
    endsAt: localDateTimeToIso(d.date, d.endTime),
    place: d.place,
    onlineUrl: d.onlineUrl || null,
    wheelchair: d.wheelchair,
    hearingLoop: d.hearingLoop,
    signLanguage: d.signLanguage,
    organiser: d.organiser,
    relatedUrl: d.relatedUrl || null,
    relatedLabel: d.relatedUrl ? d.relatedLabel : null,
    areaId: d.areaId === "" ? null : d.areaId,
    registration: d.registration,
    capacity: d.capacity === "" ? null : Number(d.capacity),
    guestsAllowed: d.guestsAllowed,
  };
}

const questions = {
  dietary: optionalLine(300),
  interpreter: checkbox,
  remarks: multiLineText().trim().max(1000, "forms.errors.tooLong").default(""),
};
/** A signed-in person: name and address come from the account. */
export const accountRegistrationForm = z.object(questions);
/** A guest: name and an address to confirm. */
export const guestRegistrationForm = z.object({
  name: line(2, 100, "meetings.errors.name"),
  email: z.string().trim().max(254, "forms.errors.tooLong").pipe(z.email("meetings.errors.email")),
  ...questions,
});

export const cancelMeetingForm = z.object({ reason: line(5, 500, "meetings.errors.reasonShort") });
export const minutesForm = z.object({
  minutes: multiLineText().trim().max(20_000, "forms.errors.tooLong").default(""),
  attendees: z
    .string()
    .trim()
    .regex(/^(\d{1,5})?$/, "meetings.errors.attendees")
    .transform((v) => (v === "" ? null : Number(v))),
});
export const outcomeForm = z.object({
  label: line(3, 200, "meetings.errors.outcomeLabel"),
  url: line(1, 300).refine((v) => safeLocalPath(v, "") === v, "meetings.errors.localPath"),
});
export const mailForm = z.object({
  subject: line(3, 150, "meetings.errors.subject"),
  body: multiLineText().trim().min(10, "meetings.errors.bodyShort").max(5000, "forms.errors.tooLong"),
});
export const listQuery = z.object({ gebied: z.union([z.literal(""), id]).optional() });
