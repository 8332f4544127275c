// Dates and numbers for idea pages. Same output as core's formatDate/formatNumber, but with the
// Intl formatters made once per language: a list page formats dozens of values, and building an
// Intl formatter costs more than using one.
import type { Language } from "../../../core/db/types";

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatDate(lang: Language, isoDate: string, withTime = false): string {
  const key = `${lang}:${withTime}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" };
    if (withTime) Object.assign(options, { hour: "2-digit", minute: "2-digit" });
    dateFormats.set(key, (f = new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", options)));
  }
  return f.format(new Date(isoDate));
}

export function formatNumber(lang: Language, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB")));
  return f.format(n);
}
