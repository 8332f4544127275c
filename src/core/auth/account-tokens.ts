// Single-use links in mail (verify an address, reset a password, confirm a new address). Only the
// SHA-256 of a token is stored, and only from the moment the mail is sent (reserve, then arm); a
// token is used up by a conditional update, so two clicks at once cannot both succeed.
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import { hashToken, newToken } from "./tokens";

export type TokenPurpose = "verify" | "reset" | "email";

/** A verification link may sit in a mailbox over a weekend; a reset link is dangerous for longer. */
export const TOKEN_LIFETIME_MINUTES: Record<TokenPurpose, number> = { verify: 48 * 60, reset: 60, email: 48 * 60 };

export interface ValidToken {
  id: number;
  userId: number;
  newEmail: string | null;
}

/**
 * Reserves a single-use link for a mail: the row exists (with its expiry) but holds the hash of a
 * random value nobody knows, so nothing opens it until the outbox worker arms it at send time
 * (armToken). The mail in the outbox therefore never holds a working link.
 */
export async function reserveToken(
  db: Executor,
  userId: number,
  purpose: TokenPurpose,
  now: Date,
  newEmail: string | null = null,
): Promise<number> {
  if (purpose === "email") {
    // Only the latest requested address can be confirmed.
    await db
      .deleteFrom("tokens")
      .where("user_id", "=", userId)
      .where("purpose", "=", "email")
      .where("used_at", "is", null)
      .execute();
  }
  const row = await db
    .insertInto("tokens")
    .values({
      user_id: userId,
      purpose,
      token_hash: hashToken(newToken()),
      new_email: newEmail,
      expires_at: iso(new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[purpose] * 60_000)),
      used_at: null,
      created_at: iso(now),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Gives a reserved link its secret, just before the mail goes out, and returns it (null when the
 * link can no longer be used: used, expired, replaced or its account deleted). A retried send arms
 * it again, so only the secret in the latest attempt works.
 */
export async function armToken(db: Executor, tokenId: number, now: Date): Promise<string | null> {
  const token = newToken();
  const result = await db
    .updateTable("tokens")
    .set({ token_hash: hashToken(token) })
    .where("id", "=", tokenId)
    .where("used_at", "is", null)
    .where("expires_at", ">", iso(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? token : null;
}

/** A working link at once (reserve and arm), for tests and tools that hand it over themselves. */
export async function issueToken(
  db: Executor,
  userId: number,
  purpose: TokenPurpose,
  now: Date,
  newEmail: string | null = null,
): Promise<string> {
  const token = await armToken(db, await reserveToken(db, userId, purpose, now, newEmail), now);
  if (!token) throw new Error("a token that was just reserved could not be armed");
  return token;
}

/** The token if it is unused, unexpired, for this purpose and of an account on this site. */
export async function findValidToken(
  db: Executor,
  token: string,
  purpose: TokenPurpose,
  siteId: number,
  now: Date,
): Promise<ValidToken | null> {
  if (token.length === 0 || token.length > 100) return null;
  const row = await db
    .selectFrom("tokens")
    .innerJoin("users", "users.id", "tokens.user_id")
    .select([
      "tokens.id",
      "tokens.user_id",
      "tokens.new_email",
      "tokens.expires_at",
      "tokens.used_at",
      "users.site_id",
      "users.deleted_at",
    ])
    .where("tokens.token_hash", "=", hashToken(token))
    .where("tokens.purpose", "=", purpose)
    .executeTakeFirst();
  if (!row || row.used_at !== null || row.site_id !== siteId || row.deleted_at !== null) return null;
  if (Date.parse(row.expires_at) <= now.getTime()) return null;
  return { id: row.id, userId: row.user_id, newEmail: row.new_email };
}

/** Marks the token used; false when another request used it first. */
export async function useToken(db: Executor, id: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("tokens")
    .set({ used_at: iso(now) })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** After a password reset every other reset link of the account stops working too. */
export async function useAllTokens(db: Executor, userId: number, purpose: TokenPurpose, now: Date): Promise<void> {
  await db
    .updateTable("tokens")
    .set({ used_at: iso(now) })
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .execute();
}
