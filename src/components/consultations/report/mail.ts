// The mail telling participants and followers that a consultation's report is out, in the
// recipient's language, with the one-click unsubscribe every notification carries.
import { translator } from "../../../core/i18n/catalog";
import type { Language } from "../../../core/db/types";
import { renderMail } from "../../../core/mail/render";
import type { MailMessage } from "../../../core/mail/transport";

export interface ReportRecipient {
  email: string;
  display_name: string;
  language: Language;
  unsubscribe_token: string;
}

export function reportPublishedMail(
  person: ReportRecipient,
  consultationTitle: string,
  baseUrl: string,
  reportPath: string,
): MailMessage {
  const t = translator(person.language);
  const values = { title: consultationTitle };
  return renderMail({
    to: person.email,
    subject: t("consultations.report.mail.subject", values),
    greeting: t("consultations.report.mail.greeting", { name: person.display_name }),
    paragraphs: [t("consultations.report.mail.body", values)],
    action: { label: t("consultations.report.mail.action"), url: `${baseUrl}${reportPath}` },
    footer: t("consultations.report.mail.footer"),
    lang: person.language,
    unsubscribeUrl: `${baseUrl}/afmelden/${person.unsubscribe_token}`,
  });
}
