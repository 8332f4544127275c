// A person on a paper form is a written name and postcode: no account, no proof. These are the
// tidy forms we store and the key that finds the same person twice (docs/paper.md): the name
// without case, accents, punctuation or extra spaces, and the postcode without its space.
const POSTCODE = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/;

/** "1234ab" → "1234 AB"; null when it is not a whole Dutch postcode. */
export function tidyPostcode(text: string): string | null {
  const m = POSTCODE.exec(text);
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : null;
}

/** "  Jan  de Vries " → "Jan de Vries": what is shown and stored. */
export const tidyName = (text: string): string => text.trim().replace(/\s+/g, " ");

/** "Éva O'Neill-de Wit" → "eva oneill de wit": for comparing only. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** One person on paper: the compared name and the postcode without its space. */
export function personKey(name: string, postcode: string): string {
  return `${nameKey(name)}|${postcode.replace(/\s+/g, "").toUpperCase()}`;
}
