// Delivery of a rendered mail. With SMTP_URL: nodemailer over SMTP. Without it (the demo), mail is
// only kept in the outbox table, readable by admins at /admin/outbox; the log says so, by subject.
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

export interface MailTransport {
  readonly kind: "smtp" | "outbox";
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function createMailTransport(smtpUrl: string | undefined, from: string, log: Logger): MailTransport {
  if (!smtpUrl) {
    return {
      kind: "outbox",
      async send(message) {
        // Logs never hold addresses, names or tokens: only the subject (our own wording with the
        // site's name or an idea's title) is printed. The text greets the recipient by name, so the
        // whole mail, links included, is for admins at /admin/outbox.
        log.info(
          { mail: { subject: message.subject } },
          "mail kept in the outbox (no SMTP_URL); read it at /admin/outbox",
        );
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
