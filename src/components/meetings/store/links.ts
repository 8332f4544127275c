// The links in registration mails that act without logging in: confirm a guest's address, and
// manage (see, cancel) a registration. Each is an HMAC of the registration's id and its seed with
// the installation secret, so it can be made again for every later mail (reminder, moving up)
// without storing it; registering again gets a new seed, which makes the old links useless.
import crypto from "node:crypto";

export type LinkPurpose = "confirm" | "manage";

export function registrationToken(secret: string, purpose: LinkPurpose, id: number, seed: string): string {
  return crypto.createHmac("sha256", secret).update(`meeting-${purpose}:${id}:${seed}`).digest("base64url");
}

export function registrationTokenValid(
  secret: string,
  purpose: LinkPurpose,
  id: number,
  seed: string,
  token: string,
): boolean {
  const expected = Buffer.from(registrationToken(secret, purpose, id, seed));
  const given = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export const newSeed = (): string => crypto.randomBytes(16).toString("base64url");

/** Paths (relative to the site) of the two links. */
export const managePath = (secret: string, id: number, seed: string): string =>
  `/bijeenkomsten/aanmelding/${id}/${registrationToken(secret, "manage", id, seed)}`;
export const confirmPath = (secret: string, id: number, seed: string): string =>
  `/bijeenkomsten/aanmelding/${id}/bevestigen/${registrationToken(secret, "confirm", id, seed)}`;
