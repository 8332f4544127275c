// CSRF tokens: an HMAC of the session token (logged in) or of a random anonymous cookie (signed
// double-submit, as OWASP describes). Every POST must carry `_csrf` (form) or `X-CSRF-Token`
// (scripts); a cross-site Origin or Sec-Fetch-Site is refused before that.
import crypto from "node:crypto";

export function csrfTokenFor(secret: string, binding: string): string {
  return crypto.createHmac("sha256", secret).update(`csrf:${binding}`).digest("base64url");
}

export function csrfTokenValid(secret: string, binding: string | undefined, token: unknown): boolean {
  if (!binding || typeof token !== "string" || token.length === 0) return false;
  const expected = Buffer.from(csrfTokenFor(secret, binding));
  const given = Buffer.from(token);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/** True when the browser tells us the request comes from another site. */
export function isCrossSite(headers: Record<string, string | string[] | undefined>, host: string | undefined): boolean {
  const fetchSite = headers["sec-fetch-site"];
  if (fetchSite === "cross-site") return true;
  const origin = headers.origin;
  if (typeof origin === "string" && origin !== "null") {
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  return origin === "null";
}
