// What a first visit downloads: the page's HTML plus the stylesheets, scripts and images it links
// to, counted in bytes as served (compressed when the server compresses). Goal: under 50 KB.
// Images count even when lazy-loaded: the first ones are on screen, so the browser fetches them;
// an image with a srcset counts at its src.
export const FIRST_PAGE_BUDGET_BYTES = 50 * 1024;

export interface Fetched {
  status: number;
  encoding: string | null;
  bytes: number;
  text: string;
}
/** GET a same-site path with the given headers; the body as it came over the wire. */
export type Fetch = (path: string, headers: Record<string, string>) => Promise<Fetched>;

export interface PageWeight {
  total: number;
  parts: { path: string; bytes: number; encoding: string | null }[];
}

const ACCEPT = { "accept-encoding": "br, gzip" };

/** Paths of the stylesheets, scripts and images a page links to. */
export function linkedAssets(html: string): string[] {
  const paths = new Set<string>();
  for (const tag of html.match(/<(link|script|img)\b[^>]*>/g) ?? []) {
    if (tag.startsWith("<link") && !/\brel="stylesheet"/.test(tag)) continue;
    const ref = /\s(?:href|src)="([^"]+)"/.exec(tag)?.[1]?.replaceAll("&amp;", "&");
    if (ref?.startsWith("/") && !ref.startsWith("//")) paths.add(ref);
  }
  return [...paths];
}

export async function firstPageWeight(get: Fetch, path = "/"): Promise<PageWeight> {
  const page = await get(path, ACCEPT);
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const parts = [{ path, bytes: page.bytes, encoding: page.encoding }];
  for (const asset of linkedAssets(page.text)) {
    const res = await get(asset, ACCEPT);
    if (res.status !== 200) throw new Error(`${asset} answered ${res.status}`);
    parts.push({ path: asset, bytes: res.bytes, encoding: res.encoding });
  }
  return { total: parts.reduce((sum, p) => sum + p.bytes, 0), parts };
}
