// One look for every mail: a greeting, short paragraphs, one clear action, and a footer that
// says why the mail came (and, for notifications, how to stop it). Text and HTML, escaped.
import type { MailMessage } from "./transport";

export interface MailContent {
  to: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
  /** One-click unsubscribe (RFC 8058) for notifications. */
  unsubscribeUrl?: string;
  lang: "nl" | "en";
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderMail(content: MailContent): MailMessage {
  const text = [
    content.greeting,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    "--",
    content.footer,
    ...(content.unsubscribeUrl ? [content.unsubscribeUrl] : []),
  ].join("\n");
  const html =
    `<!DOCTYPE html><html lang="${content.lang}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(content.subject)}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.5;max-width:40em">` +
    `<p>${escapeHtml(content.greeting)}</p>` +
    content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
    (content.action
      ? `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`
      : "") +
    `<hr><p style="font-size:0.9em">${escapeHtml(content.footer)}` +
    (content.unsubscribeUrl
      ? ` <a href="${escapeHtml(content.unsubscribeUrl)}">${escapeHtml(content.unsubscribeUrl)}</a>`
      : "") +
    `</p></body></html>`;
  const headers: Record<string, string> = {};
  if (content.unsubscribeUrl) {
    headers["List-Unsubscribe"] = `<${content.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return { to: content.to, subject: content.subject, text, html, ...(content.unsubscribeUrl ? { headers } : {}) };
}
