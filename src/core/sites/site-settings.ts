// Pure rules for the settings an admin edits on /admin/site: languages and the council's inbox.
export const LANGUAGE_CHOICES = ["nl", "en", "nl,en", "en,nl"] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export const isLanguageChoice = (value: string): value is LanguageChoice =>
  (LANGUAGE_CHOICES as readonly string[]).includes(value);

export const MAX_COUNCIL_EMAILS = 20;
const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/**
 * The council's inbox addresses, one per line (commas and semicolons are accepted too, as people
 * paste lists from mail programs). Null when any address is wrong or there are too many.
 */
export function parseEmailList(text: string): string[] | null {
  const items = text
    .split(/[\n\r,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unique = [...new Set(items)];
  if (unique.length > MAX_COUNCIL_EMAILS) return null;
  if (!unique.every((e) => e.length <= 254 && EMAIL.test(e))) return null;
  return unique;
}

/** Stored as newline-separated text (see SitesTable.council_emails). */
export const formatEmailList = (emails: string[]): string => emails.join("\n");
