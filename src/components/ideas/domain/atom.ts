// An Atom 1.0 feed (RFC 4287), built as escaped text: no XML library needed for this little.
export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  updated: string;
  summary: string;
}

const xml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

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
