// Money and numbers in the visitor's language. Whole amounts show without cents; shares of a
// cost (Equal Shares payments) show with cents.
import type { Language } from "../../../core/db/types";

const locale = (lang: Language) => (lang === "nl" ? "nl-NL" : "en-GB");

export function formatMoney(lang: Language, amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  try {
    return new Intl.NumberFormat(locale(lang), {
      style: "currency",
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(amount);
  } catch {
    // An unknown currency code (imported files) still shows the amount.
    return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

export function formatCount(lang: Language, n: number): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(n);
}
