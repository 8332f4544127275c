// An Atom 1.0 feed (RFC 4287), built as escaped text: no XML library needed for this little. Every
// text goes through `xml`, which also drops what XML 1.0 cannot hold at all (control characters,
// U+FFFE/U+FFFF, lone surrogate halves): input refuses them, but one stored before that rule, or
// written by an import, must not break every reader of the feed.
export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  updated: string;
  summary: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/gu;
const ESCAPES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

const xml = (s: string) => s.replace(NOT_XML, "").replace(/[<>&'"]/g, (c) => ESCAPES[c]!);

export function atomFeed(feed: {
  id: string;
  title: string;
  selfUrl: string;
  pageUrl: string;
  updated: string;
  entries: FeedEntry[];
}): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">` +
    `<id>${xml(feed.id)}</id><title>${xml(feed.title)}</title><updated>${xml(feed.updated)}</updated>` +
    `<link rel="self" href="${xml(feed.selfUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>` +
    feed.entries
      .map(
        (e) =>
          `<entry><id>${xml(e.id)}</id><title>${xml(e.title)}</title><updated>${xml(e.updated)}</updated>` +
          `<link rel="alternate" type="text/html" href="${xml(e.url)}"/>` +
          `<summary type="text">${xml(e.summary)}</summary></entry>`,
      )
      .join("") +
    `</feed>\n`
  );
}
