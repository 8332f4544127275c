// Drops the NL Design System rules and design tokens that no page uses, so the first page stays
// small on the wire. A rule survives when every `utrecht-*` class in one of its selectors occurs
// somewhere in our source; a custom property survives when a surviving rule (or token) uses it.
import fs from "node:fs";
import path from "node:path";

interface Block {
  prelude: string;
  body: string;
}

export function usedClasses(dir: string): Set<string> {
  const used = new Set<string>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(tsx?|css)$/.test(entry.name) && !entry.name.includes(".test.")) {
        for (const m of fs.readFileSync(full, "utf8").matchAll(/utrecht-[a-z0-9_-]+/g)) used.add(m[0]);
      }
    }
  };
  walk(dir);
  return used;
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, "");
}

/** Index of the next `stop` character outside quotes and parentheses (data: URLs hold ";" and "{"). */
function nextTopLevel(css: string, from: number, stops: string): number {
  let quote = "",
    parens = 0;
  for (let j = from; j < css.length; j++) {
    const c = css[j]!;
    if (quote) {
      if (c === "\\") j++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "(") parens++;
    else if (c === ")") parens = Math.max(0, parens - 1);
    else if (parens === 0 && stops.includes(c)) return j;
  }
  return -1;
}

function blocks(css: string): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < css.length) {
    const stop = nextTopLevel(css, i, "{;");
    if (stop < 0) break;
    if (css[stop] === ";") {
      // @import / @charset statements
      out.push({ prelude: css.slice(i, stop + 1).trim(), body: "" });
      i = stop + 1;
      continue;
    }
    let depth = 1,
      j = stop + 1;
    while (j < css.length && depth > 0) {
      const next = nextTopLevel(css, j, "{}");
      if (next < 0) {
        j = css.length;
        break;
      }
      depth += css[next] === "{" ? 1 : -1;
      j = next + 1;
    }
    out.push({ prelude: css.slice(i, stop).trim(), body: css.slice(stop + 1, j - 1) });
    i = j;
  }
  return out;
}

/** The selectors of a list, split at its own commas only: `:not(:disabled, .x)` stays whole. */
export function splitSelectorList(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0,
    start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      parts.push(prelude.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(prelude.slice(start).trim());
  return parts;
}

/** `:not(…)` with its contents: a class named only there does not need to be used for the rule to apply. */
function withoutNegations(selector: string): string {
  let out = "";
  for (let i = 0; i < selector.length; ) {
    if (!selector.startsWith(":not(", i)) {
      out += selector[i++];
      continue;
    }
    let depth = 0;
    for (i += 4; i < selector.length; i++) {
      if (selector[i] === "(") depth++;
      else if (selector[i] === ")" && --depth === 0) break;
    }
    i++;
  }
  return out;
}

function keepSelector(selector: string, used: Set<string>): boolean {
  for (const m of withoutNegations(selector).matchAll(/utrecht-[a-z0-9_-]+/g)) if (!used.has(m[0])) return false;
  return true;
}

function purgeRules(css: string, used: Set<string>): string {
  let out = "";
  for (const b of blocks(css)) {
    if (!b.body && b.prelude.endsWith(";")) {
      out += b.prelude;
      continue;
    }
    if (/^@(media|supports|layer|container)/.test(b.prelude)) {
      const inner = purgeRules(b.body, used);
      if (inner.trim()) out += `${b.prelude}{${inner}}`;
    } else if (b.prelude.startsWith("@")) out += `${b.prelude}{${b.body}}`;
    else {
      const kept = splitSelectorList(b.prelude).filter((s) => keepSelector(s, used));
      if (kept.length) out += `${kept.join(",")}{${b.body.trim()}}`;
    }
  }
  return out;
}

function declarations(body: string): [string, string][] {
  const parts: string[] = [];
  for (let i = 0; i < body.length; ) {
    const end = nextTopLevel(body, i, ";");
    parts.push(body.slice(i, end < 0 ? body.length : end));
    i = end < 0 ? body.length : end + 1;
  }
  return parts
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(":");
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
    });
}

/** Keeps only the custom properties that are used, following var() chains through the tokens. */
function purgeTokens(css: string): string {
  const parsed = blocks(css);
  const defined = new Map<string, string>();
  for (const b of parsed)
    for (const [k, v] of declarations(b.body)) {
      if (k.startsWith("--")) defined.set(k, `${defined.get(k) ?? ""} ${v}`); // every scope's value counts
    }
  const needed = new Set<string>();
  const queue: string[] = [];
  const need = (text: string) => {
    for (const m of text.matchAll(/var\(\s*(--[\w-]+)/g))
      if (!needed.has(m[1]!)) {
        needed.add(m[1]!);
        queue.push(m[1]!);
      }
  };
  for (const b of parsed) for (const [k, v] of declarations(b.body)) if (!k.startsWith("--")) need(v);
  for (const b of parsed) if (/^@/.test(b.prelude)) need(b.body);
  while (queue.length) need(defined.get(queue.pop()!) ?? "");
  return parsed
    .map((b) => {
      if (!b.body && b.prelude.endsWith(";")) return b.prelude;
      if (/^@/.test(b.prelude)) return `${b.prelude}{${b.body}}`;
      const kept = declarations(b.body).filter(([k]) => !k.startsWith("--") || needed.has(k));
      return kept.length ? `${b.prelude}{${kept.map(([k, v]) => `${k}:${v}`).join(";")}}` : "";
    })
    .join("");
}

export function purgeCss(css: string, sourceDir: string): string {
  return purgeTokens(purgeRules(stripComments(css), usedClasses(sourceDir)));
}
