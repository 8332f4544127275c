import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atomFeed } from "./atom";

// XML 1.0's Char production: what a document may hold at all, escaped or not.
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

const feedWith = (title: string, summary = "Samenvatting") =>
  atomFeed({
    id: "http://localhost/ideeen/feed.atom",
    title: "Ideeën",
    selfUrl: "http://localhost/ideeen/feed.atom",
    pageUrl: "http://localhost/ideeen",
    updated: "2026-11-26T10:00:00.000Z",
    entries: [{ id: "http://localhost/ideeen/1", title, url: "http://localhost/ideeen/1", updated: "x", summary }],
  });

describe("the Atom writer", () => {
  it("drops characters XML 1.0 cannot hold, so a stored control character never breaks the feed", () => {
    const feed = feedWith("Bel\u0007 en\u001b escape\uFFFE\uD800", "NUL\u0000 weg");
    expect(feed).toMatch(XML_CHARS);
    expect(feed).toContain("<title>Bel en escape</title>");
    expect(feed).toContain('<summary type="text">NUL weg</summary>');
  });

  it("escapes markup and keeps tabs, line breaks, emoji and accents", () => {
    const feed = feedWith("<b>\"Café\" & 'bomen'</b>\t😀", "regel 1\nregel 2");
    expect(feed).toContain("&lt;b&gt;&quot;Café&quot; &amp; &apos;bomen&apos;&lt;/b&gt;\t😀");
    expect(feed).toContain("regel 1\nregel 2");
  });

  it("writes only XML characters whatever the text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => XML_CHARS.test(feedWith(s, s))));
  });
});
