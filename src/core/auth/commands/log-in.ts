// Log-in: rate-limited per address and per account, the same work whether or not the account
// exists, and always a new session id (so a session id planted before log-in is worthless).
import type { Site, User } from "../../db/types";
import type { Services } from "../../services";
import { clearAttempts, countAttempt, countFailure, refuseWhenFull } from "../auth-limits";
import { verifyAgainstDummy, verifyPassword } from "../passwords";
import { createSession, endSession } from "../sessions";
import { findUserByEmail, normalizeEmail } from "../users";

export interface LogInAttempt {
  email: string;
  password: string;
  ip: string;
  /** The session cookie the browser had before, if any: it is ended, never reused. */
  previousToken?: string | null;
}

export async function logIn(
  services: Services,
  site: Site,
  attempt: LogInAttempt,
): Promise<{ token: string; user: User } | null> {
  const email = normalizeEmail(attempt.email);
  // An address with too many failures is refused before its guess is checked.
  await refuseWhenFull(services, "loginFailedIp", site.id, attempt.ip);
  await countAttempt(services, "loginAccount", site.id, email);
  const user = await findUserByEmail(services.db.kysely, site.id, email);
  if (!user?.password_hash) {
    await verifyAgainstDummy(attempt.password);
    await countFailure(services, "loginFailedIp", site.id, attempt.ip);
    return null;
  }
  if (!(await verifyPassword(user.password_hash, attempt.password))) {
    await countFailure(services, "loginFailedIp", site.id, attempt.ip);
    return null;
  }
  await countAttempt(services, "loginIp", site.id, attempt.ip);
  await clearAttempts(services, "loginAccount", site.id, email);
  const now = services.clock();
  const token = await services.db.kysely.transaction().execute(async (trx) => {
    if (attempt.previousToken) await endSession(trx, attempt.previousToken);
    return createSession(trx, user.id, site.id, now, services.config.sessionMaxHours);
  });
  return { token, user };
}

/**
 * Checks the password of someone already logged in before a sensitive change. Wrong guesses
 * count towards the same limit as log-in, so a borrowed session cannot be used to guess it.
 */
export async function confirmCurrentPassword(
  services: Services,
  site: Site,
  user: User,
  password: string,
): Promise<boolean> {
  if (!user.email) return false;
  await countAttempt(services, "loginAccount", site.id, user.email);
  const ok = await verifyPassword(user.password_hash, password);
  if (ok) await clearAttempts(services, "loginAccount", site.id, user.email);
  return ok;
}
