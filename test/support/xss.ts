// Known XSS payloads and a check that rendered HTML holds nothing executable. Shared by the
// Markdown unit tests and the route tests that put payloads in titles, texts and comments.
import { expect } from "vitest";

export const XSS_PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  "[klik](javascript:alert(1))",
  "[klik](JAVASCRIPT:alert(1))",
  "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  '<a href="javascript:alert(1)">x</a>',
  "<iframe src=javascript:alert(1)></iframe>",
  "<body onload=alert(1)>",
  "<style>body{display:none}</style>",
  "**<script>alert(1)</script>**",
  "[<img src=x onerror=alert(1)>](https://example.org)",
  '[x](https://example.org" onmouseover="alert(1))',
  "<math><mtext></p><script>alert(1)</script>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
];

/**
 * Fails when the HTML contains a script (other than our own asset), an injected element, or a
 * tag with an event handler or a javascript:/data: URL. Escaped text (&lt;img onerror=…&gt;) is
 * inert and allowed: only real tags are inspected.
 */
export function assertInert(html: string): void {
  expect(html).not.toMatch(/<script(?![^>]*\bsrc="\/assets\/)/i);
  expect(html).not.toMatch(/<(svg|iframe|style|math|object|embed)\b/i);
  // Images only from our own paths (the poster's QR code), never from user input.
  for (const [img] of html.matchAll(/<img\b[^>]*>/gi)) expect(img).toMatch(/\ssrc="\/[^/]/);
  // Real tags, read with quoted attribute values (a ">" inside quotes is text, not the tag's end).
  const TAG = /<[a-zA-Z][^\s>/]*((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
  const ATTR = /([^\s=>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
  for (const [, attrs] of html.matchAll(TAG)) {
    for (const [, name, raw] of (attrs ?? "").matchAll(ATTR)) {
      expect(name!.toLowerCase()).not.toMatch(/^on/);
      const value = (raw ?? "")
        .replace(/^["']|["']$/g, "")
        .trim()
        .toLowerCase();
      if (/^(href|src|action|formaction|xlink:href)$/i.test(name!))
        expect(value).not.toMatch(/^(javascript|data|vbscript):/);
    }
  }
}
