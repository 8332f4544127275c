// A sign-in under way: state, nonce and PKCE verifier, kept in the database (every app process
// can finish it) for ten minutes and taken exactly once. The browser holds the state in a cookie
// too, so a callback only works in the browser that started it (no sign-in forced on someone).
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import type { OidcLoginsTable } from "../db/types";
import { hashToken } from "../auth/tokens";

export const LOGIN_STATE_MINUTES = 10;

export type LoginState = Omit<OidcLoginsTable, "state_hash" | "expires_at">;

export async function saveLoginState(db: Executor, state: string, login: LoginState, now: Date): Promise<void> {
  // Sign-ins abandoned at the provider leave rows; each new one clears the expired.
  await db.deleteFrom("oidc_logins").where("expires_at", "<", iso(now)).execute();
  await db
    .insertInto("oidc_logins")
    .values({
      ...login,
      state_hash: hashToken(state),
      expires_at: iso(new Date(now.getTime() + LOGIN_STATE_MINUTES * 60_000)),
    })
    .execute();
}

/** Takes the sign-in for this state (deleting it), or null when unknown, used or expired. */
export async function takeLoginState(
  db: Executor,
  siteId: number,
  state: string,
  now: Date,
): Promise<LoginState | null> {
  const row = await db
    .deleteFrom("oidc_logins")
    .where("state_hash", "=", hashToken(state))
    .where("site_id", "=", siteId)
    .returningAll()
    .executeTakeFirst();
  if (!row || row.expires_at <= iso(now)) return null;
  const { state_hash: _, expires_at: __, ...login } = row;
  return login;
}
