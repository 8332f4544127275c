// Drops the NL Design System rules and design tokens that no page uses, so the first page stays
// small on the wire. A rule survives when every `utrecht-*` class in one of its selectors occurs
// somewhere in our source; a custom property survives when a surviving rule (or token) uses it.
import fs from "node:fs";
import path from "node:path";

interface Block { prelude: string; body: string }

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

function blocks(css: string): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf("{", i);
    if (open < 0) break;
    const semi = css.indexOf(";", i);
    if (semi >= 0 && semi < open) { // @import / @charset statements
      out.push({ prelude: css.slice(i, semi + 1).trim(), body: "" });
      i = semi + 1;
      continue;
    }
    let depth = 1, j = open + 1;
    while (j < css.length && depth > 0) { if (css[j] === "{") depth++; else if (css[j] === "}") depth--; j++; }
    out.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, j - 1) });
    i = j;
  }
  return out;
}

function keepSelector(selector: string, used: Set<string>): boolean {
  for (const m of selector.matchAll(/utrecht-[a-z0-9_-]+/g)) if (!used.has(m[0])) return false;
  return true;
}

function purgeRules(css: string, used: Set<string>): string {
  let out = "";
  for (const b of blocks(css)) {
    if (!b.body && b.prelude.endsWith(";")) { out += b.prelude; continue; }
    if (/^@(media|supports|layer|container)/.test(b.prelude)) {
      const inner = purgeRules(b.body, used);
      if (inner.trim()) out += `${b.prelude}{${inner}}`;
    } else if (b.prelude.startsWith("@")) out += `${b.prelude}{${b.body}}`;
    else {
      const kept = b.prelude.split(",").map((s) => s.trim()).filter((s) => keepSelector(s, used));
      if (kept.length) out += `${kept.join(",")}{${b.body.trim()}}`;
    }
  }
  return out;
}

function declarations(body: string): [string, string][] {
  return body.split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
    const colon = d.indexOf(":");
    return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
  });
}

/** Keeps only the custom properties that are used, following var() chains through the tokens. */
function purgeTokens(css: string): string {
  const parsed = blocks(css);
  const defined = new Map<string, string>();
  for (const b of parsed) for (const [k, v] of declarations(b.body)) if (k.startsWith("--")) defined.set(k, v);
  const needed = new Set<string>();
  const queue: string[] = [];
  const need = (text: string) => {
    for (const m of text.matchAll(/var\(\s*(--[\w-]+)/g)) if (!needed.has(m[1]!)) { needed.add(m[1]!); queue.push(m[1]!); }
  };
  for (const b of parsed) for (const [k, v] of declarations(b.body)) if (!k.startsWith("--")) need(v);
  for (const b of parsed) if (/^@/.test(b.prelude)) need(b.body);
  while (queue.length) need(defined.get(queue.pop()!) ?? "");
  return parsed.map((b) => {
    if (!b.body && b.prelude.endsWith(";")) return b.prelude;
    if (/^@/.test(b.prelude)) return `${b.prelude}{${b.body}}`;
    const kept = declarations(b.body).filter(([k]) => !k.startsWith("--") || needed.has(k));
    return kept.length ? `${b.prelude}{${kept.map(([k, v]) => `${k}:${v}`).join(";")}}` : "";
  }).join("");
}

export function purgeCss(css: string, sourceDir: string): string {
  return purgeTokens(purgeRules(stripComments(css), usedClasses(sourceDir)));
}
