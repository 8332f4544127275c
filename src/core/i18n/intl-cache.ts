// Building an Intl formatter costs far more than formatting with one (formatMoney alone was 12 %
// of the uncached home page in `npm run bench -- --profile`), so each combination of locale and
// options is made once and kept. Pure and free of Node APIs: browser scripts use it too.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The locale a site language is formatted in; other values are taken as locales themselves. */
export const localeOf = (lang: string): string => (lang === "nl" ? "nl-NL" : lang === "en" ? "en-GB" : lang);

export const numberFormat = (lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(`n|${lang}|${options ? JSON.stringify(options) : ""}`, () => new Intl.NumberFormat(localeOf(lang), options));

export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`d|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(localeOf(lang), options));

export const pluralRules = (lang: string): Intl.PluralRules =>
  cached(`p|${lang}`, () => new Intl.PluralRules(localeOf(lang)));
