// Delivery of a rendered mail. With SMTP_URL: nodemailer over SMTP. Without it, nothing is sent:
// the log names each mail by its subject, /admin/outbox shows it with its secret link
// hidden, and the demo (`serve --demo`) keeps it for its recipient (demo-mailbox.ts).
import { createRequire } from "node:module";
import type Nodemailer from "nodemailer";
import type { Logger } from "pino";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** Who a mail is for on the site, besides its address (the demo mailbox needs the account). */
export interface MailEnvelope {
  siteId: number | null;
  userId: number | null;
}

export interface MailTransport {
  /** smtp: really sent; outbox: not sent, only logged; mailbox: kept for the recipient (demo). */
  readonly kind: "smtp" | "outbox" | "mailbox";
  send(message: MailMessage, envelope?: MailEnvelope): Promise<void>;
  close(): void;
}

/** Logs a mail that is not sent, with links and addresses masked (logs never hold either). */
export function logUnsentMail(log: Logger, message: MailMessage, where: string): void {
  log.info(
    // Only the subject: the text greets the recipient by name, and logs never hold names.
    { mail: { subject: message.subject } },
    `mail not sent (no SMTP_URL); ${where}`,
  );
}

export function createMailTransport(smtpUrl: string | undefined, from: string, log: Logger): MailTransport {
  if (!smtpUrl) {
    return {
      kind: "outbox",
      async send(message) {
        logUnsentMail(log, message, "it is listed at /admin/outbox without its secret links");
      },
      close() {},
    };
  }
  // Loaded only when mail is really sent: the demo never needs it.
  const nodemailer = createRequire(import.meta.url)("nodemailer") as typeof Nodemailer;
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: "smtp",
    async send(message) {
      await transporter.sendMail({ from, ...message });
    },
    close: () => transporter.close(),
  };
}
