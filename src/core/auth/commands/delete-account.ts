// Deleting one's own account. Core and every component apply their rules (docs/personal-data.md)
// in one transaction, so a failure leaves nothing half-deleted: the account is emptied, sessions,
// links, roles and mail to the person go, each component removes or anonymises what it holds.
import { audit } from "../../audit/log";
import type { Site } from "../../db/types";
import { coreData } from "../../personal-data/core-data";
import type { Services } from "../../services";
import { clearAttempts } from "../auth-limits";
import { findUserById } from "../users";
import { confirmCurrentPassword } from "./log-in";

export async function deleteAccount(
  services: Services,
  site: Site,
  userId: number,
  /** Null for an account without a password: the provider's sign-in of this session is the proof. */
  password: string | null,
): Promise<boolean> {
  const user = await findUserById(services.db.kysely, site.id, userId);
  if (!user || user.deleted_at) return false;
  if (user.password_hash && !(await confirmCurrentPassword(services, site, user, password ?? ""))) return false;
  const now = services.clock();
  const person = { id: user.id, siteId: site.id };
  await services.db.kysely.transaction().execute(async (trx) => {
    for (const component of services.components) await component.personalData.erase(trx, person, now);
    await coreData.erase(trx, person, now);
    await audit(
      trx,
      { siteId: site.id, actorUserId: user.id, action: "account.deleted", subject: `user:${user.id}` },
      now,
    );
  });
  // Rate-limit counters keyed by the address may live in Redis or in memory: reset after commit.
  if (user.email) {
    await clearAttempts(services, "loginAccount", site.id, user.email);
    await clearAttempts(services, "resetAccount", site.id, user.email);
    await clearAttempts(services, "registerEmail", site.id, user.email);
  }
  await clearAttempts(services, "mailAccount", site.id, user.id);
  return true;
}
