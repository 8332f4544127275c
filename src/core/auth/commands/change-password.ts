// Changing the password on /account: asks the current one, ends every other session and gives
// this browser a new session id, then tells the owner by mail (in case it was not them).
import type { Site } from "../../db/types";
import type { Services } from "../../services";
import { queueAccountMail } from "../mail/account-mails";
import { hashPassword } from "../passwords";
import { passwordProblem, type PasswordProblem } from "../password-policy";
import { createSession, endAllSessions } from "../sessions";
import { findUserById, setPasswordHash } from "../users";
import { confirmCurrentPassword } from "./log-in";

export type ChangePasswordResult =
  | { ok: true; token: string }
  | { ok: false; field: "currentPassword" | "newPassword"; problem: PasswordProblem | "wrongPassword" };

export async function changePassword(
  services: Services,
  site: Site,
  userId: number,
  current: string,
  next: string,
): Promise<ChangePasswordResult> {
  const db = services.db.kysely;
  const user = await findUserById(db, site.id, userId);
  if (!user?.email) return { ok: false, field: "currentPassword", problem: "wrongPassword" };
  if (!(await confirmCurrentPassword(services, site, user, current)))
    return { ok: false, field: "currentPassword", problem: "wrongPassword" };
  const problem = passwordProblem(next, { email: user.email, siteName: site.name });
  if (problem) return { ok: false, field: "newPassword", problem };
  const passwordHash = await hashPassword(next);
  const now = services.clock();
  const token = await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, passwordHash);
    await endAllSessions(trx, user.id);
    await queueAccountMail(
      trx,
      services,
      site,
      { kind: "passwordChanged", to: user.email!, userId: user.id, lang: user.language, name: user.display_name },
      now,
    );
    return createSession(trx, user.id, site.id, now, services.config.sessionMaxHours);
  });
  services.kickOutbox();
  return { ok: true, token };
}
