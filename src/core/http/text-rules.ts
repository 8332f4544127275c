// Which characters text from people may hold. One rule for every form, query and endpoint:
// PostgreSQL cannot store a NUL byte (it answered with a 500), XML 1.0 cannot hold most control
// characters (one in a title broke the Atom feed), and nobody types them on purpose.
//
// - Multi-line text (descriptions, comments, pasted CSV): no control characters other than tab,
//   line feed and carriage return; no non-characters U+FFFE/U+FFFF; no lone surrogate halves.
// - Single-line text (titles, names): additionally no tab, line break or line/paragraph separator.
import { z } from "zod";
import type { FieldError } from "./errors";

/** The catalog key of the one message for both rules. */
export const CONTROL_CHARACTER_KEY = "forms.errors.controlCharacter";

// In a /u pattern a lone surrogate half is a code point of its own, in the class \p{Cs}.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const FORBIDDEN_ANYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\p{Cs}]/u;
const FORBIDDEN_IN_ONE_LINE = /[\t\n\r\u2028\u2029]/;

/** Text that a database and an XML document can hold: control characters only as tab and line breaks. */
export function isStorableText(text: string): boolean {
  return !FORBIDDEN_ANYWHERE.test(text);
}

/** Storable text on one line, as a title or a name must be. */
export function isSingleLineText(text: string): boolean {
  return isStorableText(text) && !FORBIDDEN_IN_ONE_LINE.test(text);
}

/** A zod string for titles and names; chain .trim().min().max() after it. */
export const singleLineText = () => z.string().refine(isSingleLineText, CONTROL_CHARACTER_KEY);

/** A zod string for longer texts that may span lines. */
export const multiLineText = () => z.string().refine(isStorableText, CONTROL_CHARACTER_KEY);

/** One field error per value that is not storable text (form fields, query parameters). */
export function unstorableFields(values: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (!allStorable(value)) errors.push({ field, messageKey: CONTROL_CHARACTER_KEY });
  }
  return errors;
}

/** Strings anywhere in a value (an array of repeated fields, a JSON body) are checked. */
function allStorable(value: unknown): boolean {
  if (typeof value === "string") return isStorableText(value);
  if (Array.isArray(value)) return value.every(allStorable);
  if (value && typeof value === "object") return Object.values(value).every(allStorable);
  return true;
}
