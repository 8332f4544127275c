// The words of every ideas mail, in the recipient's language, from the catalogs.
import type { Language } from "../../../core/db/types";
import { formatDate, translator } from "../../../core/i18n/catalog";
import { renderMail } from "../../../core/mail/render";
import type { MailMessage } from "../../../core/mail/transport";
import { markdownToText } from "../domain/markdown";
import type { EventRow } from "../store/tables";

export interface Recipient {
  email: string;
  displayName: string;
  language: Language;
  unsubscribeToken: string;
}
export interface MailIdea {
  id: number;
  title: string;
}

/** One sentence saying what happened, for a notification or a digest line. */
export function eventSentence(lang: Language, event: EventRow, idea: MailIdea): string {
  const t = translator(lang);
  if (event.kind === "update")
    return t("ideas.mail.update", { title: idea.title, text: markdownToText(event.body, 1000) });
  if (event.kind === "meeting")
    return t("ideas.mail.meeting", { title: idea.title, date: formatDate(lang, event.body) });
  if (event.kind === "response")
    return t("ideas.mail.response", { title: idea.title, text: markdownToText(event.body, 1000) });
  return t(`ideas.mail.state.${event.to_state}`, { title: idea.title });
}

export function notificationMail(r: Recipient, event: EventRow, idea: MailIdea, baseUrl: string): MailMessage {
  const t = translator(r.language);
  return renderMail({
    to: r.email,
    lang: r.language,
    subject: t("ideas.mail.subject", { title: idea.title }),
    greeting: t("ideas.mail.greeting", { name: r.displayName }),
    paragraphs: [eventSentence(r.language, event, idea)],
    action: { label: t("ideas.mail.open"), url: `${baseUrl}/ideeen/${idea.id}` },
    footer: t("ideas.mail.footer"),
    unsubscribeUrl: `${baseUrl}/afmelden/${r.unsubscribeToken}`,
  });
}

export function digestMail(r: Recipient, lines: string[], baseUrl: string): MailMessage {
  const t = translator(r.language);
  return renderMail({
    to: r.email,
    lang: r.language,
    subject: t("ideas.mail.digestSubject", { count: lines.length }),
    greeting: t("ideas.mail.greeting", { name: r.displayName }),
    paragraphs: [t("ideas.mail.digestIntro"), ...lines],
    action: { label: t("ideas.mail.openList"), url: `${baseUrl}/ideeen` },
    footer: t("ideas.mail.footer"),
    unsubscribeUrl: `${baseUrl}/afmelden/${r.unsubscribeToken}`,
  });
}

/** The council body's inbox gets the idea itself, its support and the answer due date. */
export function councilMail(
  to: string,
  lang: Language,
  idea: MailIdea & { body: string; supportCount: number; dueAt: string; councilName: string },
  baseUrl: string,
): MailMessage {
  const t = translator(lang);
  return renderMail({
    to,
    lang,
    subject: t("ideas.mail.councilSubject", { title: idea.title }),
    greeting: t("ideas.mail.councilGreeting", { council: idea.councilName }),
    paragraphs: [
      t("ideas.mail.councilIntro", { title: idea.title, count: idea.supportCount }),
      markdownToText(idea.body, 2000),
      t("ideas.mail.councilDue", { due: formatDate(lang, idea.dueAt) }),
    ],
    action: { label: t("ideas.mail.open"), url: `${baseUrl}/ideeen/${idea.id}` },
    footer: t("ideas.mail.councilFooter"),
  });
}

export function reminderMail(
  r: Recipient,
  idea: MailIdea & { dueAt: string },
  which: number,
  baseUrl: string,
): MailMessage {
  const t = translator(r.language);
  return renderMail({
    to: r.email,
    lang: r.language,
    subject: t(which === 1 ? "ideas.mail.reminderHalfSubject" : "ideas.mail.reminderWeekSubject", {
      title: idea.title,
    }),
    greeting: t("ideas.mail.greeting", { name: r.displayName }),
    paragraphs: [t("ideas.mail.reminderText", { title: idea.title, due: formatDate(r.language, idea.dueAt) })],
    action: { label: t("ideas.mail.answerNow"), url: `${baseUrl}/admin/ideeen/${idea.id}/antwoorden` },
    footer: t("ideas.mail.staffFooter"),
  });
}
