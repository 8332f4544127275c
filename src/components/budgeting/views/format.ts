// Money and numbers in the visitor's language. Whole amounts show without cents; shares of a
// cost (Equal Shares payments) show with cents.
import type { Language } from "../../../core/db/types";
import { numberFormat } from "../../../core/i18n/intl-cache";

export function formatMoney(lang: Language, amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  try {
    const digits = whole ? 0 : 2;
    return numberFormat(lang, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount);
  } catch {
    // An unknown currency code (imported files) still shows the amount.
    return `${formatCount(lang, amount)} ${currency}`;
  }
}

export function formatCount(lang: Language, n: number): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(n);
}
