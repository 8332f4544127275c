// A small subset of ICU MessageFormat, enough for our catalogs and nothing more:
//   {name}                                        a placeholder
//   {count, plural, =0 {…} one {# dag} other {# dagen}}   plural forms chosen by Intl.PluralRules
// Inside a plural branch `#` is the number, formatted for the language, and {other} placeholders
// work as usual. Pure and free of Node APIs, so the browser script (ballot totals) uses the same code.
import { keptResults } from "../kept-results";
import { numberFormat, pluralRules } from "./intl-cache";

export type MessageParams = Record<string, string | number>;

interface PluralPart {
  name: string;
  branches: Map<string, string>;
}

export const pluralCategory = (lang: string, n: number): Intl.LDMLPluralRule => pluralRules(lang).select(n);

const formatCount = (lang: string, n: number): string => numberFormat(lang).format(n);

/** Index of the `}` that closes the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** "count, plural, one {…} other {…}" → its parts; null when it is not a plural. Throws when malformed. */
function parsePlural(inner: string): PluralPart | null {
  const head = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
  if (!head) return null;
  const branches = new Map<string, string>();
  let rest = inner.slice(head[0].length);
  while (rest.trim()) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!selector) throw new Error(`bad plural branch near "${rest.trim().slice(0, 20)}"`);
    const open = selector[0].length - 1;
    const close = closingBrace(rest, open);
    if (close < 0) throw new Error("unclosed plural branch");
    branches.set(selector[1]!, rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  if (!branches.has("other")) throw new Error(`plural of {${head[1]}} has no "other" branch`);
  return { name: head[1]!, branches };
}

/** Told when a plural's argument is not a number, so tests can catch a formatted "1.000" passed by mistake. */
type OnNotNumber = (name: string) => void;

/** A pattern taken apart once: literal text, placeholders, plurals, and `#` inside a plural. */
type Part =
  | string
  | { kind: "hash" }
  | { kind: "param"; name: string; source: string }
  | { kind: "plural"; name: string; branches: Map<string, Part[]>; source: string };

function compile(pattern: string, inPlural: boolean): Part[] {
  const parts: Part[] = [];
  let text = "";
  const flush = () => {
    if (text) parts.push(text);
    text = "";
  };
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "#" && inPlural) {
      flush();
      parts.push({ kind: "hash" });
      i++;
      continue;
    }
    if (ch !== "{") {
      text += ch;
      i++;
      continue;
    }
    const close = closingBrace(pattern, i);
    if (close < 0) throw new Error("unclosed {");
    const inner = pattern.slice(i + 1, close);
    const source = pattern.slice(i, close + 1);
    const plural = parsePlural(inner);
    flush();
    if (!plural) parts.push({ kind: "param", name: inner.trim(), source });
    else {
      const branches = new Map<string, Part[]>();
      for (const [selector, branch] of plural.branches) branches.set(selector, compile(branch, true));
      parts.push({ kind: "plural", name: plural.name, branches, source });
    }
    i = close + 1;
  }
  flush();
  return parts;
}

// Catalog patterns are few and fixed, so each is taken apart once: a page of 20 idea cards
// formats hundreds of messages, and parsing them again each time was a tenth of its CPU time.
const compiledPatterns = keptResults<string, Part[]>();
const compiledPattern = (pattern: string): Part[] => compiledPatterns(pattern, () => compile(pattern, false));

function render(lang: string, parts: Part[], params: MessageParams, hash: string, onNotNumber?: OnNotNumber): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else if (part.kind === "hash") out += hash;
    else if (part.kind === "param") out += part.name in params ? String(params[part.name]) : part.source;
    else out += renderPlural(lang, part, params, onNotNumber);
  }
  return out;
}

function renderPlural(
  lang: string,
  plural: Extract<Part, { kind: "plural" }>,
  params: MessageParams,
  onNotNumber?: OnNotNumber,
): string {
  const value = params[plural.name];
  // Without a number (a caller's mistake, e.g. an already formatted "1.000") the text stays as written.
  if (typeof value !== "number") {
    onNotNumber?.(plural.name);
    return plural.source;
  }
  const branch =
    plural.branches.get(`=${value}`) ??
    plural.branches.get(pluralCategory(lang, value)) ??
    plural.branches.get("other")!;
  return render(lang, branch, params, formatCount(lang, value), onNotNumber);
}

export function formatMessage(
  lang: string,
  pattern: string,
  params: MessageParams = {},
  onNotNumber?: OnNotNumber,
): string {
  if (!pattern.includes("{")) return pattern;
  return render(lang, compiledPattern(pattern), params, "", onNotNumber);
}

/** Problems with a pattern (unbalanced braces, a plural without "other"), for the catalog tests. */
export function patternProblem(pattern: string): string | null {
  try {
    compile(pattern, false);
    forEachPlural(pattern, () => {});
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Every plural in a pattern (also nested ones), with its branches. */
export function forEachPlural(pattern: string, visit: (plural: PluralPart) => void): void {
  for (let i = pattern.indexOf("{"); i >= 0; i = pattern.indexOf("{", i + 1)) {
    const close = closingBrace(pattern, i);
    if (close < 0) throw new Error("unclosed {");
    const plural = parsePlural(pattern.slice(i + 1, close));
    if (!plural) continue;
    visit(plural);
    for (const branch of plural.branches.values()) forEachPlural(branch, visit);
    i = close;
  }
}

/** Names of all placeholders, plural arguments included: "{a} {n, plural, other {# {b}}}" → a, b, n. */
export function placeholderNames(pattern: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    for (let i = text.indexOf("{"); i >= 0; i = text.indexOf("{", i + 1)) {
      const close = closingBrace(text, i);
      if (close < 0) return;
      const inner = text.slice(i + 1, close);
      const plural = parsePlural(inner);
      if (plural) {
        names.add(plural.name);
        for (const branch of plural.branches.values()) walk(branch);
      } else names.add(inner.trim());
      i = close;
    }
  };
  walk(pattern);
  return [...names].sort();
}
