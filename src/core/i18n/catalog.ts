// Message catalogs: locales/<lang>/<part>.json, one part per area of the app (core, auth, ideas…),
// merged into one flat key space. Keys are dotted; values may hold {name} placeholders and ICU plural
// forms, "{count, plural, one {# dag} other {# dagen}}" (message-format.ts), chosen by Intl.PluralRules.
import { keptResults } from "../kept-results";
import { dateTimeFormat, numberFormat } from "./intl-cache";
import fs from "node:fs";
import path from "node:path";
import type { Language } from "../db/types";
import { TIME_ZONE } from "./local-days";
import { formatMessage } from "./message-format";

export const LANGUAGES: readonly Language[] = ["nl", "en"];
export type Messages = Record<string, string>;
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const root = path.resolve(import.meta.dirname, "../../../locales");

export function loadCatalog(lang: Language, dir = root): Messages {
  const messages: Messages = {};
  const folder = path.join(dir, lang);
  for (const file of fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const part = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")) as Record<string, unknown>;
    flatten(part, "", messages, `${lang}/${file}`);
  }
  return messages;
}

function flatten(node: Record<string, unknown>, prefix: string, into: Messages, file: string): void {
  for (const [key, value] of Object.entries(node)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      if (full in into) throw new Error(`Message key ${full} is defined twice (${file})`);
      into[full] = value;
    } else if (value && typeof value === "object") flatten(value as Record<string, unknown>, full, into, file);
    else throw new Error(`Message ${full} in ${file} is not text`);
  }
}

const catalogs = new Map<Language, Messages>();

export function catalog(lang: Language): Messages {
  let messages = catalogs.get(lang);
  if (!messages) {
    messages = loadCatalog(lang);
    catalogs.set(lang, messages);
  }
  return messages;
}

/** Keys asked for but missing; the test app fails a test file that showed any (test/support/app.ts). */
export const missingKeys = new Set<string>();

export const hasMessage = (lang: Language, key: string): boolean => key in catalog(lang);

/** A missing key shows as the key itself, is recorded, and makes the tests fail: never silent. */
export function translator(lang: Language): Translate {
  const messages = catalog(lang);
  return (key, params) => {
    const text = messages[key];
    if (text === undefined) {
      missingKeys.add(`${lang}:${key}`);
      return key;
    }
    return formatMessage(lang, text, params, (name) => missingKeys.add(`${lang}:${key} ({${name}} must be a number)`));
  };
}

/** The message as written (with its {placeholders} and plural forms), for a template the browser fills in. */
export function messagePattern(lang: Language, key: string): string {
  const text = catalog(lang)[key];
  if (text === undefined) missingKeys.add(`${lang}:${key}`);
  return text ?? key;
}

const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE };
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: "2-digit", minute: "2-digit" };

// A page shows the same few dates many times (deadlines, publication days); formatting one with
// Intl costs microseconds, so the texts are kept by language and instant.
const formattedDates = keptResults<string, string>();

export function formatDate(lang: Language, isoDate: string, withTime = false): string {
  return formattedDates(`${lang}|${withTime ? "t" : "d"}|${isoDate}`, () =>
    dateTimeFormat(lang, withTime ? DAY_AND_TIME : DAY).format(new Date(isoDate)),
  );
}

export function formatNumber(lang: Language, n: number): string {
  return numberFormat(lang).format(n);
}
