// A tiny, safe Markdown subset for what residents and staff write (ideas, comments, consultations,
// meetings, reports): paragraphs, line breaks, **bold**, *italic*, lists (- item, 1. item) and
// links to http(s) or mailto only. Everything else is escaped text: no raw HTML ever passes,
// because the input is parsed here and only these tags are produced.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const INLINE = /\[([^\]\n]{1,300})\]\(([^()\s]{1,1000})\)|\*\*([^*\n]+?)\*\*|\*([^*\n]+?)\*/g;

export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return ["http:", "https:", "mailto:"].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

function inline(text: string, depth = 0): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const href = safeHref(m[2]!);
      const label = depth < 2 ? inline(m[1], depth + 1) : escapeHtml(m[1]);
      out += href
        ? `<a class="utrecht-link" href="${escapeHtml(href)}" rel="nofollow ugc noopener">${label}</a>`
        : escapeHtml(m[0]);
    } else if (m[3] !== undefined) out += `<strong>${depth < 2 ? inline(m[3], depth + 1) : escapeHtml(m[3])}</strong>`;
    else out += `<em>${depth < 2 ? inline(m[4]!, depth + 1) : escapeHtml(m[4]!)}</em>`;
  }
  return out + escapeHtml(text.slice(last));
}

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

type RunKind = "ul" | "ol" | "p";
const kindOf = (line: string): RunKind => (BULLET.test(line) ? "ul" : NUMBERED.test(line) ? "ol" : "p");

function run(kind: RunKind, lines: string[]): string {
  if (kind === "ul") {
    const items = lines.map((l) => `<li class="utrecht-unordered-list__item">${inline(BULLET.exec(l)![1]!)}</li>`);
    return `<ul class="utrecht-unordered-list">${items.join("")}</ul>`;
  }
  if (kind === "ol") {
    const items = lines.map((l) => `<li class="utrecht-ordered-list__item">${inline(NUMBERED.exec(l)![1]!)}</li>`);
    return `<ol class="utrecht-ordered-list">${items.join("")}</ol>`;
  }
  return `<p class="utrecht-paragraph">${lines.map((l) => inline(l.trim())).join("<br>")}</p>`;
}

/** A block may mix text and list lines ("My proposal:" then "- item"): people rarely leave a blank line. */
function block(lines: string[]): string {
  const runs: { kind: RunKind; lines: string[] }[] = [];
  for (const line of lines) {
    const kind = kindOf(line);
    const last = runs.at(-1);
    if (last && last.kind === kind) last.lines.push(line);
    else runs.push({ kind, lines: [line] });
  }
  return runs.map((r) => run(r.kind, r.lines)).join("");
}

/** Renders the subset to HTML that is safe to insert as markup. */
export function renderMarkdown(source: string): string {
  const normalized = source.replace(/\r\n?/g, "\n");
  return normalized
    .split(/\n\s*\n/)
    .map((b) => b.split("\n").filter((l) => l.trim() !== ""))
    .filter((lines) => lines.length > 0)
    .map(block)
    .join("");
}

/** Plain text for feeds, mail and Open Graph descriptions: markup removed, nothing interpreted. */
export function markdownToText(source: string, max = 300): string {
  const text = source
    .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, "$1")
    .replace(/\*\*|\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
