// Guards against "1 minuten" and "1 participants": a number placeholder followed by a word must sit
// inside an ICU plural ({count, plural, one {# minuut} other {# minuten}}). A heuristic: it knows
// which placeholder names hold numbers, and skips small words after a number ("3 van 5").
import { describe, expect, it } from "vitest";
import type { Language } from "../db/types";
import { loadCatalog } from "./catalog";

const NUMBER_NAMES = new Set([
  "count",
  "n",
  "number",
  "minutes",
  "hours",
  "days",
  "weeks",
  "voters",
  "winners",
  "supporters",
  "participants",
  "unplaced",
  "groups",
  "threshold",
  "votes",
  "points",
  "used",
  "min",
  "max",
  "total",
  "online",
  "code",
  "paper",
  "imported",
  "rank",
  "round",
  "line",
  "page",
  "pages",
]);

/**
 * Words after a number that do not change with it ("Stelling 3 van 5", "3 of 5", "1 uur", "2 gebruikt",
 * "waarvan 1 op papier", "vraag 2 is", "kruis er 1 aan").
 */
const NEUTRAL_WORDS = new Set([
  ...["van", "of", "in", "op", "on", "tot", "per", "en", "and", "to", "from", "out", "voor", "for", "aan"],
  ...["uur", "nodig", "needed", "gebruikt", "used", "is"],
]);

/** Messages where the word after the number does not depend on it, with the reason. */
const ALLOWED: Record<string, string> = {
  "budgeting.admin.ballotCounts": "'12 online, 3 met stemcode' – no noun follows the numbers",
  "photos.manage.changeAlt": "{n} is the photo's place in the row ('foto 2'), not a count",
  "photos.manage.delete": "{n} is the photo's place in the row ('foto 2'), not a count",
};

/** The text outside any {x, plural, …} construct. */
function outsidePlurals(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "{" && /^\{\s*\w+\s*,\s*plural\s*,/.test(text.slice(i))) {
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === "{") depth++;
        else if (text[i] === "}" && --depth === 0) break;
      }
      out += "#";
    } else out += text[i];
  }
  return out;
}

function unpluralised(lang: Language): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(loadCatalog(lang))) {
    if (key in ALLOWED) continue;
    if (/_(zero|one|two|few|many|other)$/.test(key)) found.push(`${key}: old _one/_other key, use ICU plural`);
    for (const m of outsidePlurals(text).matchAll(/\{(\w+)\}\s+([\p{L}]+)/gu)) {
      if (NUMBER_NAMES.has(m[1]!) && !NEUTRAL_WORDS.has(m[2]!.toLowerCase())) found.push(`${key}: {${m[1]}} ${m[2]}`);
    }
  }
  return found;
}

describe("count messages", () => {
  it.each(["nl", "en"] as const)("use plural forms in %s", (lang) => {
    expect(unpluralised(lang)).toEqual([]);
  });
});
