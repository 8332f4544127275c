// A strict check of the HTML as the server sent it (not the DOM the browser repaired): document
// shape, nesting, ids and references, one h1, labels for every field, CSRF in every POST form.
// No validator package is installed, and our renderer closes every element, so a small
// tokenizer is enough and stricter than the HTML parsing rules need to be.
import { tokenizeHtml, type StartTag } from "./html-tokens";

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
/** Elements that would silently close an open <p> in a browser. */
const CLOSES_P = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "details",
  "div",
  "dl",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "ul",
]);
const INTERACTIVE = new Set(["a", "button", "select", "textarea", "label", "details", "iframe"]);
const REQUIRED_PARENT: Record<string, string[]> = {
  li: ["ul", "ol", "menu"],
  dt: ["dl", "div"],
  dd: ["dl", "div"],
  tr: ["table", "thead", "tbody", "tfoot"],
  td: ["tr"],
  th: ["tr"],
  thead: ["table"],
  tbody: ["table"],
  tfoot: ["table"],
  caption: ["table"],
  option: ["select", "optgroup", "datalist"],
  summary: ["details"],
  legend: ["fieldset"],
};
const UNLABELLED_INPUT_TYPES = new Set(["hidden", "submit", "button", "reset", "image"]);

interface Open {
  tag: StartTag;
  hasCsrf: boolean;
}

export function checkHtml(html: string): string[] {
  const problems: string[] = [];
  if (!/^<!DOCTYPE html>/i.test(html)) problems.push("the document does not start with <!DOCTYPE html>");
  const stack: Open[] = [];
  const ids = new Map<string, string>();
  const references: { attr: string; id: string; on: string }[] = [];
  const fields: { tag: StartTag; inLabel: boolean }[] = [];
  const counts = new Map<string, number>();
  let title = "";

  for (const token of tokenizeHtml(html)) {
    if (token.kind === "problem") {
      problems.push(token.message);
      continue;
    }
    if (token.kind === "text") {
      if (stack.at(-1)?.tag.name === "title" && stack.at(-2)?.tag.name === "head") title += token.text;
      continue;
    }
    if (token.kind === "end") {
      if (VOID.has(token.name)) {
        problems.push(`end tag </${token.name}> for a void element`);
        continue;
      }
      const index = stack.map((o) => o.tag.name).lastIndexOf(token.name);
      if (index < 0) {
        problems.push(`stray end tag </${token.name}>`);
        continue;
      }
      for (const unclosed of stack.slice(index + 1))
        problems.push(`misnested: <${unclosed.tag.name}> is never closed before </${token.name}>`);
      for (const closed of stack.splice(index)) {
        if (closed.tag.name === "form" && /^post$/i.test(closed.tag.attrs.get("method") ?? "") && !closed.hasCsrf)
          problems.push("a POST form without a _csrf field");
      }
      continue;
    }
    const tag = token;
    const name = tag.name;
    const ancestors = stack.map((o) => o.tag.name);
    const parent = ancestors.at(-1);
    // Inside inline SVG, <title> names the graphic and self-closing tags are allowed.
    const inSvg = ancestors.includes("svg");
    counts.set(inSvg ? `svg:${name}` : name, (counts.get(inSvg ? `svg:${name}` : name) ?? 0) + 1);
    if (tag.selfClosing && !VOID.has(name) && !inSvg) problems.push(`<${name}/> is not self-closing in HTML`);
    if (CLOSES_P.has(name) && parent === "p") problems.push(`<${name}> inside <p>`);
    if (REQUIRED_PARENT[name] && !REQUIRED_PARENT[name]!.includes(parent ?? ""))
      problems.push(`<${name}> inside <${parent ?? "(root)"}>`);
    const interactive = INTERACTIVE.has(name) || (name === "input" && tag.attrs.get("type") !== "hidden");
    if (interactive && name !== "label" && ancestors.some((a) => a === "a" || a === "button"))
      problems.push(`interactive <${name}> inside a link or button`);
    if (name === "form" && ancestors.includes("form")) problems.push("a form inside a form");
    if (name === "img" && !tag.attrs.has("alt")) problems.push("<img> without alt");
    const id = tag.attrs.get("id");
    if (id !== undefined) {
      if (!id || /\s/.test(id)) problems.push(`invalid id "${id}" on <${name}>`);
      else if (ids.has(id)) problems.push(`duplicate id "${id}"`);
      else ids.set(id, name);
    }
    for (const attr of ["aria-describedby", "aria-labelledby", "aria-controls"]) {
      for (const ref of (tag.attrs.get(attr) ?? "").split(/\s+/).filter(Boolean))
        references.push({ attr, id: ref, on: name });
    }
    if (name === "label" && tag.attrs.get("for")) references.push({ attr: "for", id: tag.attrs.get("for")!, on: name });
    const href = tag.attrs.get("href");
    if (name === "a" && href?.startsWith("#") && href.length > 1)
      references.push({ attr: "href", id: decodeURIComponent(href.slice(1)), on: name });
    if (
      (name === "input" && !UNLABELLED_INPUT_TYPES.has(tag.attrs.get("type") ?? "text")) ||
      name === "select" ||
      name === "textarea"
    ) {
      fields.push({ tag, inLabel: ancestors.includes("label") });
    }
    if (name === "input" && tag.attrs.get("name") === "_csrf") {
      const form = [...stack].reverse().find((o) => o.tag.name === "form");
      if (form) form.hasCsrf = true;
    }
    if (!VOID.has(name) && !tag.selfClosing) stack.push({ tag, hasCsrf: false });
  }

  for (const open of stack) problems.push(`<${open.tag.name}> is never closed`);
  for (const [name, expected] of [
    ["html", 1],
    ["head", 1],
    ["body", 1],
    ["main", 1],
    ["h1", 1],
    ["title", 1],
  ] as const) {
    const n = counts.get(name) ?? 0;
    if (n !== expected) problems.push(`${n} <${name}> elements, expected ${expected}`);
  }
  const htmlTag = tokenizeHtml(html).find((t): t is StartTag => t.kind === "start" && t.name === "html");
  if (!htmlTag?.attrs.get("lang")) problems.push("<html> has no lang attribute");
  if (!/<meta charset="utf-8"/i.test(html)) problems.push('no <meta charset="utf-8">');
  if (counts.get("title") && !title.trim()) problems.push("the <title> is empty");
  for (const ref of references)
    if (!ids.has(ref.id)) problems.push(`${ref.attr}="${ref.id}" on <${ref.on}> points to no element`);
  const labelled = new Set(references.filter((r) => r.attr === "for").map((r) => r.id));
  for (const { tag, inLabel } of fields) {
    const id = tag.attrs.get("id");
    const named = tag.attrs.get("aria-label")?.trim() || tag.attrs.get("aria-labelledby")?.trim();
    if (!inLabel && !named && !(id && labelled.has(id)))
      problems.push(`<${tag.name} name="${tag.attrs.get("name") ?? ""}"> has no label`);
  }
  return problems;
}
