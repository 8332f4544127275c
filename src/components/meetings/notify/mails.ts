// The words of every meetings mail, in the recipient's language, from the catalogs. Each mail
// names the meeting and its time in the subject and first line; the link to manage (or cancel)
// the registration goes in every mail to a registered person, so none needs an account.
import { formatDate, translator } from "../../../core/i18n/catalog";
import { renderMail } from "../../../core/mail/render";
import type { MailMessage } from "../../../core/mail/transport";

export type RegistrationMailKind =
  | "confirmed"
  | "waiting"
  | "movedUp"
  | "reminder"
  | "confirmAddress"
  | "cancelled"
  | "changed"
  | "meetingCancelled";

export interface MailMeeting {
  title: string;
  starts_at: string;
  place: string;
  online_url: string | null;
}

export interface MailPerson {
  name: string;
  email: string;
  language: "nl" | "en";
}

export function registrationMail(
  kind: RegistrationMailKind,
  person: MailPerson,
  meeting: MailMeeting,
  link: string,
): MailMessage {
  const t = translator(person.language);
  const values = { title: meeting.title, when: formatDate(person.language, meeting.starts_at, true) };
  const paragraphs = [t(`meetings.mail.${kind}.body`, values)];
  const placed = kind === "confirmed" || kind === "movedUp" || kind === "reminder" || kind === "changed";
  if (placed && meeting.place) paragraphs.push(t("meetings.mail.place", { place: meeting.place }));
  // The online link only for people with a place (domain/meeting.ts, seesOnlineLink).
  if (placed && meeting.online_url) paragraphs.push(t("meetings.mail.onlineLink", { url: meeting.online_url }));
  const ends = kind === "cancelled" || kind === "confirmAddress" || kind === "meetingCancelled";
  if (!ends) paragraphs.push(t("meetings.mail.cancelHint"));
  return renderMail({
    to: person.email,
    subject: t(`meetings.mail.${kind}.subject`, values),
    greeting: t("meetings.mail.greeting", { name: person.name }),
    paragraphs,
    action:
      kind === "cancelled" || kind === "meetingCancelled"
        ? undefined
        : {
            label: t(kind === "confirmAddress" ? "meetings.mail.confirmAction" : "meetings.mail.manageAction"),
            url: link,
          },
    footer: t("meetings.mail.footer"),
    lang: person.language,
  });
}

/** A message from the organiser to everyone registered (confirmed and waiting). */
export function organiserMail(person: MailPerson, meeting: MailMeeting, subject: string, body: string, link: string) {
  const t = translator(person.language);
  return renderMail({
    to: person.email,
    subject: t("meetings.mail.organiser.subject", { title: meeting.title, subject }),
    greeting: t("meetings.mail.greeting", { name: person.name }),
    paragraphs: [
      ...body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    ],
    action: { label: t("meetings.mail.manageAction"), url: link },
    footer: t("meetings.mail.footer"),
    lang: person.language,
  });
}
