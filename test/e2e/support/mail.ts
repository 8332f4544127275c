// Reading mail the server really sent over SMTP: wait for it, then take the link out of it.
import { decodeQuotedPrintable, type ReceivedMail } from "../../support/smtp";

/** Waits (polling, no fixed sleep) until a mail to `to` arrives that `received` did not hold before. */
export async function waitForMail(
  received: ReceivedMail[],
  to: string,
  after = 0,
  timeoutMs = 30_000,
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mail = received.slice(after).find((m) => m.to.includes(to.toLowerCase()) || m.to.includes(to));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `No mail to ${to} within ${timeoutMs} ms (received: ${received.map((m) => m.to.join(",")).join("; ") || "none"})`,
  );
}

/** The path and query of the first link to the site in the mail's text, e.g. "/account/bevestigen?token=…". */
export function linkIn(mail: ReceivedMail, pathPrefix: string): string {
  const text = decodeQuotedPrintable(mail.raw);
  for (const match of text.matchAll(/https?:\/\/[^\s"<>]+/g)) {
    const url = new URL(match[0].replace(/&amp;/g, "&"));
    if (url.pathname.startsWith(pathPrefix)) return `${url.pathname}${url.search}`;
  }
  throw new Error(`No link to ${pathPrefix} in the mail:\n${text}`);
}
