// A person's identity at a provider is stored as an HMAC of issuer and subject, keyed with the
// installation's secret: the subject may be a BSN (or derived from one), and a hash without a key
// could be reversed by trying all nine-digit numbers. The same person at the same issuer always
// gives the same value, so the next sign-in finds the account.
import crypto from "node:crypto";

export function subjectHash(secret: string, issuer: string, subject: string): string {
  return crypto.createHmac("sha256", `inspraak-identity:${secret}`).update(`${issuer}\n${subject}`).digest("base64url");
}
