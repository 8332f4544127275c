// Double punctuation in the text a visitor reads ("Wat is er mis?:", "Vul dit veld in..", "1 dag.,"):
// usually a catalog message that ends in a full stop, joined to more punctuation by a page.
// An ellipsis ("…", "...") is fine; so is "?!" in what a resident wrote.
const DOUBLE = /[.:;,?!][.:;,]|[:;,][?!]/gu;

/** The visible text of a page: no tags, scripts, styles or attribute values. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|textarea|title)\b[^>]*>.*?<\/\1>/gs, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export function punctuationProblems(html: string): string[] {
  const text = visibleText(html).replace(/\.{3,}/g, "…");
  const problems: string[] = [];
  for (const m of text.matchAll(DOUBLE)) {
    problems.push(`double punctuation "${text.slice(Math.max(0, m.index - 30), m.index + 3).trim()}"`);
  }
  return problems;
}
