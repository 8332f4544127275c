// Links that act for their holder (verify an address, reset a password, confirm a new address)
// never sit in the outbox in readable form. The queued mail holds a placeholder and a reference to
// the token row; the token itself does not exist yet. Only the outbox worker, at the moment it
// hands the mail to the mail server, creates the token ("arms" the row), puts the link in the text
// and forgets it. So an admin reading /admin/outbox, a database backup or a log never holds a
// working link, and a mail that waited past its link's expiry is not sent with a dead link.
import type { MailMessage } from "./transport";

/** Stands in the stored text and HTML where the link goes. */
export const SECRET_LINK_PLACEHOLDER = "{{secret-link}}";

export interface SecretLinkRef {
  /** The `tokens` row whose secret the worker creates at send time. */
  tokenId: number;
  /** The absolute link without the token, e.g. "https://…/wachtwoord-herstellen?token=". */
  urlPrefix: string;
}

export interface QueuedMail extends MailMessage {
  secretLink?: SecretLinkRef;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The mail as it goes to the recipient: the placeholder replaced by the working link. */
export function withSecretLink(mail: QueuedMail, token: string): MailMessage {
  const { secretLink, ...message } = mail;
  if (!secretLink) return message;
  const url = `${secretLink.urlPrefix}${encodeURIComponent(token)}`;
  return {
    ...message,
    text: message.text.split(SECRET_LINK_PLACEHOLDER).join(url),
    html: message.html.split(SECRET_LINK_PLACEHOLDER).join(escapeHtml(url)),
  };
}

/** The stored text as staff may read it: the placeholder as `label`, and long tokens in URLs
 *  (an unsubscribe link, or a link queued before secret links existed) masked. */
export function textForStaff(text: string, label: string): string {
  return text
    .split(SECRET_LINK_PLACEHOLDER)
    .join(label)
    .replace(/https?:\/\/\S+/g, (url) => url.replace(/[A-Za-z0-9_-]{32,}/g, "…"));
}

export function isQueuedMail(payload: unknown): payload is QueuedMail {
  const p = payload as Partial<QueuedMail> | null;
  return !!p && typeof p.to === "string" && typeof p.text === "string" && typeof p.html === "string";
}
