// The mail to a follower when proposals or voting open: the process, what opened, until when, a
// button to the page and the one-click unsubscribe link every notification carries.
import type { Language } from "../../../core/db/types";
import { formatDate, translator } from "../../../core/i18n/catalog";
import { renderMail } from "../../../core/mail/render";
import type { MailMessage } from "../../../core/mail/transport";
import type { Opening } from "./rules";

export interface OpeningMail {
  opening: Opening;
  processId: number;
  title: string;
  /** When this window closes (UTC), if it has a close. */
  closesAt: string | null;
  baseUrl: string;
}

export function openingMail(
  to: { email: string; displayName: string; language: Language; unsubscribeToken: string },
  m: OpeningMail,
): MailMessage {
  const t = translator(to.language);
  const values = { title: m.title, closes: m.closesAt ? formatDate(to.language, m.closesAt, true) : "" };
  const paragraphs = [t(`budgeting.windows.mail.${m.opening}.body`, values)];
  if (m.closesAt) paragraphs.push(t(`budgeting.windows.mail.${m.opening}.until`, values));
  const path = m.opening === "voting" ? `/begroting/${m.processId}/stemmen` : `/begroting/${m.processId}/indienen`;
  return renderMail({
    to: to.email,
    lang: to.language,
    subject: t(`budgeting.windows.mail.${m.opening}.subject`, values),
    greeting: t("budgeting.windows.mail.greeting", { name: to.displayName }),
    paragraphs,
    action: { label: t(`budgeting.windows.mail.${m.opening}.action`), url: `${m.baseUrl}${path}` },
    footer: t("budgeting.windows.mail.footer"),
    unsubscribeUrl: `${m.baseUrl}/afmelden/${to.unsubscribeToken}`,
  });
}
