// A mail transport that keeps what it was asked to send, for route tests that only need to read
// a link; the SMTP tests use a real smtp-server instead (test/support/smtp.ts).
import type { MailMessage, MailTransport } from "../../src/core/mail/transport";

export interface CapturedMail extends MailTransport {
  sent: MailMessage[];
  failNext: number;
}

export function capturingTransport(): CapturedMail {
  const transport: CapturedMail = {
    kind: "smtp",
    sent: [],
    failNext: 0,
    async send(message) {
      if (transport.failNext > 0) {
        transport.failNext--;
        throw new Error("simulated SMTP failure");
      }
      transport.sent.push(message);
    },
    close() {},
  };
  return transport;
}
