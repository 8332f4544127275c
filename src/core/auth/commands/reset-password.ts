// Forgotten password: a single-use link valid for one hour. The answer never says whether the
// address has an account. A successful reset ends every session and tells the owner by mail.
import type { Site } from "../../db/types";
import type { Services } from "../../services";
import { findValidToken, reserveToken, useAllTokens, useToken } from "../account-tokens";
import { clearAttempts, countAttempt } from "../auth-limits";
import { queueAccountMail } from "../mail/account-mails";
import { hashPassword } from "../passwords";
import { passwordProblem, type PasswordProblem } from "../password-policy";
import { endAllSessions } from "../sessions";
import { findUserByEmail, findUserById, markEmailVerified, normalizeEmail, setPasswordHash } from "../users";

export async function requestPasswordReset(
  services: Services,
  site: Site,
  emailInput: string,
  ip: string,
): Promise<void> {
  const email = normalizeEmail(emailInput);
  await countAttempt(services, "resetIp", site.id, ip);
  await countAttempt(services, "resetAccount", site.id, email);
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, site.id, email);
    if (!user?.email) return;
    const tokenId = await reserveToken(trx, user.id, "reset", now);
    await queueAccountMail(
      trx,
      services,
      site,
      {
        kind: "reset",
        to: user.email,
        userId: user.id,
        lang: user.language,
        name: user.display_name,
        secret: { pathPrefix: "/wachtwoord-herstellen?token=", tokenId },
      },
      now,
    );
  });
  services.kickOutbox();
}

export type ResetResult = { ok: true } | { ok: false; reason: "invalidToken" } | { ok: false; reason: PasswordProblem };

export async function resetPassword(
  services: Services,
  site: Site,
  token: string,
  password: string,
): Promise<ResetResult> {
  const db = services.db.kysely;
  const valid = await findValidToken(db, token, "reset", site.id, services.clock());
  const user = valid ? await findUserById(db, site.id, valid.userId) : undefined;
  if (!valid || !user?.email) return { ok: false, reason: "invalidToken" };
  const problem = passwordProblem(password, { email: user.email, siteName: site.name });
  if (problem) return { ok: false, reason: problem };
  const passwordHash = await hashPassword(password);
  const now = services.clock();
  const done = await db.transaction().execute(async (trx) => {
    if (!(await useToken(trx, valid.id, now))) return false;
    await useAllTokens(trx, user.id, "reset", now);
    await setPasswordHash(trx, user.id, passwordHash);
    // Only the owner of the mailbox could open the link, so the address is confirmed too.
    await markEmailVerified(trx, user.id, now);
    await endAllSessions(trx, user.id);
    await queueAccountMail(
      trx,
      services,
      site,
      { kind: "passwordChanged", to: user.email!, userId: user.id, lang: user.language, name: user.display_name },
      now,
    );
    return true;
  });
  services.kickOutbox();
  if (done) await clearAttempts(services, "loginAccount", site.id, user.email);
  return done ? { ok: true } : { ok: false, reason: "invalidToken" };
}
