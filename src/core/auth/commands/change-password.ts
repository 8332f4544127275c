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

export interface ChangePasswordProblem {
  field: "currentPassword" | "newPassword";
  problem: PasswordProblem | "wrongPassword";
}

/** Every problem at once: a wrong current password and a weak new one are reported together. */
export type ChangePasswordResult = { ok: true; token: string } | { ok: false; problems: ChangePasswordProblem[] };

export async function changePassword(
  services: Services,
  site: Site,
  userId: number,
  current: string,
  next: string,
): Promise<ChangePasswordResult> {
  const db = services.db.kysely;
  const user = await findUserById(db, site.id, userId);
  if (!user?.email) return { ok: false, problems: [{ field: "currentPassword", problem: "wrongPassword" }] };
  const problems: ChangePasswordProblem[] = [];
  if (!(await confirmCurrentPassword(services, site, user, current)))
    problems.push({ field: "currentPassword", problem: "wrongPassword" });
  const weak = passwordProblem(next, { email: user.email, siteName: site.name });
  if (weak) problems.push({ field: "newPassword", problem: weak });
  if (problems.length > 0) return { ok: false, problems };
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
