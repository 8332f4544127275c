// One parser for amounts of money typed into a form, in the way people write them: Dutch
// "40.000", "40.000,50", "€ 40.000,-", English "40,000.50", or plain "40000". Every amount field
// uses it (through a zod schema), so "40.000" never again means forty, nor an error.

/** The amount in currency units (cents as a fraction), or null when the text is not an amount. */
export function parseAmount(text: string): number | null {
  // A currency sign or code before or after the number, and spaces (also non-breaking) anywhere.
  let s = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^(€|EUR|eur)/, "")
    .replace(/(€|EUR|eur)$/, "");
  s = s.replace(/,-{1,2}$/, ""); // "40.000,-": Dutch for "no cents"
  if (!/^\d[\d.,]*$/.test(s) || s.length > 24) return null;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) decimalAt = Math.max(lastDot, lastComma);
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? "." : ",";
    const at = Math.max(lastDot, lastComma);
    const single = s.indexOf(sep) === at;
    // One separator followed by exactly three digits groups thousands ("40.000", "40,000");
    // followed by one or two digits it marks the cents ("40,5", "40.50").
    if (single && s.length - at - 1 !== 3) decimalAt = at;
  }
  const whole = decimalAt >= 0 ? s.slice(0, decimalAt) : s;
  const fraction = decimalAt >= 0 ? s.slice(decimalAt + 1) : "";
  if (!/^\d{0,2}$/.test(fraction) || (decimalAt >= 0 && fraction === "")) return null;
  const groups = whole.split(/[.,]/);
  // Thousands groups must be real groups of three: "4.00.0" is a typing error, not 4000.
  if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3))) return null;
  if (groups.some((g) => g === "")) return null;
  if (decimalAt >= 0 && /[.,]/.test(whole) && whole.includes(s[decimalAt]!)) return null;
  const digits = groups.join("");
  if (digits.length > 15) return null;
  return Number(digits) + (fraction ? Number(fraction.padEnd(2, "0")) / 100 : 0);
}
