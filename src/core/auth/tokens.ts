// Random secrets handed to users (session cookies, mail links) are stored only as SHA-256 hashes,
// so a leaked database gives nobody a working link or session.
import crypto from "node:crypto";

export const newToken = (): string => crypto.randomBytes(32).toString("base64url");
export const hashToken = (token: string): string => crypto.createHash("sha256").update(token).digest("base64url");
