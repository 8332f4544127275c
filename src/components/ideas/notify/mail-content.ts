// The words of every ideas mail, in the recipient's language, from the catalogs.
import type { Language } from "../../../core/db/types";
import { formatDate, translator } from "../../../core/i18n/catalog";
import { renderMail } from "../../../core/mail/render";
import type { MailMessage } from "../../../core/mail/transport";
import { markdownToText } from "../../../core/text/markdown";
import type { AnswerKind } from "../domain/states";
import type { EventRow } from "../store/tables";

export interface Recipient {
  email: string;
  displayName: string;
  language: Language;
  unsubscribeToken: string;
}
type IdeaRef = { id: number; title: string };

export interface MailIdea {
  id: number;
  title: string;
  /** The council body named in the promise (copied onto the idea at publication). */
  councilName: string;
  /** The decision of the answer, once there is one. */
  answerKind: AnswerKind | null;
  /** The meeting date, for events written before the date was kept in the event's body. */
  meetingAt: string | null;
}

/** What a notification says: the fact in the subject, and again in its first paragraph. */
export interface EventMessage {
  subject: string;
  paragraphs: string[];
}

/**
 * One place decides the words of every event: the subject and the first line both name what
 * happened (the decision, the meeting date and body), never a generic "news about the idea".
 */
export function eventMessage(lang: Language, event: EventRow, idea: MailIdea): EventMessage {
  const t = translator(lang);
  // Only a meeting's body is its date; other bodies are the official's text.
  const meetingDate = event.kind === "meeting" || event.to_state === "scheduled" ? event.body || idea.meetingAt : null;
  const values = {
    title: idea.title,
    council: idea.councilName,
    date: meetingDate ? formatDate(lang, meetingDate) : "",
    decision: idea.answerKind ? t(`ideas.answerKind.${idea.answerKind}`) : "",
  };
  if (event.kind === "update")
    return {
      subject: t("ideas.mail.subjects.update", values),
      paragraphs: [t("ideas.mail.update", { ...values, text: markdownToText(event.body, 1000) })],
    };
  if (event.kind === "meeting")
    return { subject: t("ideas.mail.subjects.meeting", values), paragraphs: [t("ideas.mail.meeting", values)] };
  if (event.kind === "response" || event.to_state === "answered")
    return {
      subject: t("ideas.mail.subjects.response", values),
      paragraphs: [t("ideas.mail.response", values), markdownToText(event.body, 1000)].filter(Boolean),
    };
  return {
    subject: t(`ideas.mail.subjects.state.${event.to_state}`, values),
    paragraphs: [t(`ideas.mail.state.${event.to_state}`, values)],
  };
}

/** One line saying what happened, for a digest. */
export function eventSentence(lang: Language, event: EventRow, idea: MailIdea): string {
  return eventMessage(lang, event, idea).paragraphs.join(" ");
}

/** A mail about an idea to one recipient: the message, a button to the page, the unsubscribe link. */
function ideaMail(
  r: Recipient,
  message: EventMessage,
  action: { labelKey: string; url: string },
  footerKey: string,
  baseUrl: string,
): MailMessage {
  const t = translator(r.language);
  return renderMail({
    to: r.email,
    lang: r.language,
    subject: message.subject,
    greeting: t("ideas.mail.greeting", { name: r.displayName }),
    paragraphs: message.paragraphs,
    action: { label: t(action.labelKey), url: action.url },
    footer: t(footerKey),
    unsubscribeUrl: `${baseUrl}/afmelden/${r.unsubscribeToken}`,
  });
}

export function notificationMail(r: Recipient, event: EventRow, idea: MailIdea, baseUrl: string): MailMessage {
  const message = eventMessage(r.language, event, idea);
  const action = { labelKey: "ideas.mail.open", url: `${baseUrl}/ideeen/${idea.id}` };
  return ideaMail(r, message, action, "ideas.mail.footer", baseUrl);
}

export type CommentReason = "comment" | "reply";

export interface MailComment {
  id: number;
  idea_id: number;
  title: string;
  body: string;
}

/** A comment on the recipient's idea, or a reply to their comment: who wrote it and what. */
export function commentMessage(lang: Language, reason: CommentReason, comment: MailComment): EventMessage {
  const t = translator(lang);
  // The commenter is not named: the mail stays in the outbox after the commenter may have deleted
  // their account, and the page behind the link shows the name (or "Oud-deelnemer") as it is now.
  const values = { title: comment.title };
  return {
    subject: t(`ideas.mail.subjects.${reason}`, values),
    paragraphs: [t(`ideas.mail.${reason}`, values), markdownToText(comment.body, 1000)],
  };
}

export function commentMail(r: Recipient, reason: CommentReason, comment: MailComment, baseUrl: string): MailMessage {
  const message = commentMessage(r.language, reason, comment);
  const action = {
    labelKey: "ideas.mail.openComment",
    url: `${baseUrl}/ideeen/${comment.idea_id}#reactie-${comment.id}`,
  };
  return ideaMail(r, message, action, "ideas.mail.commentFooter", baseUrl);
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
  idea: IdeaRef & { body: string; supportCount: number; dueAt: string; councilName: string },
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
  idea: IdeaRef & { dueAt: string },
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
