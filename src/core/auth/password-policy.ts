// The password rules (pure, so they are tested without a database). Length matters most (NIST SP
// 800-63B): at least 12 characters, no forced mix of character kinds, but no password attackers
// try first, and none built from the account's own address or the site's name.
import { COMMON_PASSWORDS, KEYBOARD_ROWS } from "./common-passwords";

export const PASSWORD_MIN = 12;
/** Argon2 hashes any length, but a megabyte password would be a cheap way to load the server. */
export const PASSWORD_MAX = 200;

export interface PasswordContext {
  email?: string | null;
  siteName?: string | null;
}

export type PasswordProblem =
  | "passwordTooShort"
  | "passwordTooLong"
  | "passwordCommon"
  | "passwordSimple"
  | "passwordPersonal"
  | "passwordSiteName";

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

const deLeet = (s: string) => s.replace(/[013457@$!]/g, (c) => LEET[c]!);
/** "Welkom2024!" → "welkom": the word an attacker would start from. */
const stripDecoration = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
const lettersOnly = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** The shortest unit that, repeated, makes `s` ("abcabcabc" → "abc"). */
function repeatedUnit(s: string): string {
  for (let size = 1; size <= s.length / 2; size++) {
    if (s.length % size === 0 && s.slice(0, size).repeat(s.length / size) === s) return s.slice(0, size);
  }
  return s;
}

function isKeyboardWalk(s: string): boolean {
  if (s.length < 4) return false;
  return KEYBOARD_ROWS.some((row) => {
    const around = row.repeat(3);
    const reversed = [...around].reverse().join("");
    return around.includes(s) || reversed.includes(s);
  });
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const squashed = lower.replace(/\s+/g, "");
  const candidates = new Set([
    lower,
    squashed,
    stripDecoration(squashed),
    deLeet(squashed),
    stripDecoration(deLeet(squashed)),
    deLeet(stripDecoration(squashed)),
  ]);
  for (const c of [...candidates]) candidates.add(repeatedUnit(c));
  for (const c of candidates) {
    if (c.length === 0) continue;
    if (COMMON_PASSWORDS.has(c) || isKeyboardWalk(c)) return true;
  }
  return false;
}

/** Parts of the address's local part long enough to matter: "jan.de.vries" → "jan.de.vries", "vries". */
function personalParts(email: string): string[] {
  const local = email.toLowerCase().split("@")[0] ?? "";
  const parts = [lettersOnly(local), ...local.split(/[._+-]/).map(lettersOnly)];
  return [...new Set(parts.filter((p) => p.length >= 4))];
}

function siteParts(siteName: string): string[] {
  const whole = lettersOnly(siteName);
  const words = siteName
    .split(/[\s-]+/)
    .map(lettersOnly)
    .filter((w) => w.length >= 5);
  return [...new Set([whole, ...words].filter((p) => p.length >= 4))];
}

export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN) return "passwordTooShort";
  if (password.length > PASSWORD_MAX) return "passwordTooLong";
  if (new Set(password.toLowerCase()).size < 5) return "passwordSimple";
  if (isCommon(password)) return "passwordCommon";
  const comparable = lettersOnly(password);
  const comparableLeet = lettersOnly(deLeet(password.toLowerCase()));
  const contains = (part: string) => comparable.includes(part) || comparableLeet.includes(part);
  if (context.email && personalParts(context.email).some(contains)) return "passwordPersonal";
  if (context.siteName && siteParts(context.siteName).some(contains)) return "passwordSiteName";
  return null;
}

/** The strength rules as a form error on `field`, for parseFormWith (an empty password is the
 *  schema's "required"; this only judges what was typed). */
export function passwordErrors(
  field: string,
  password: string | undefined,
  context: PasswordContext,
): { field: string; messageKey: string }[] {
  if (!password) return [];
  const problem = passwordProblem(password, context);
  return problem ? [{ field, messageKey: `auth.errors.${problem}` }] : [];
}
