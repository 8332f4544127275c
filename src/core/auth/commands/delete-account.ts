// Deleting one's own account. Personal data goes (address, password, postcode, sessions, links,
// roles); contributions stay, shown as by a "former participant". Components anonymise their own
// data in the same transaction, so a failure leaves nothing half-deleted.
import { audit } from "../../audit/log";
import type { Site } from "../../db/types";
import { iso } from "../../db/time";
import type { Services } from "../../services";
import { DELETED_DISPLAY_NAME } from "../display-name";
import { endAllSessions } from "../sessions";
import { newToken } from "../tokens";
import { findUserById } from "../users";
import { confirmCurrentPassword } from "./log-in";

export async function deleteAccount(
  services: Services,
  site: Site,
  userId: number,
  password: string,
): Promise<boolean> {
  const user = await findUserById(services.db.kysely, site.id, userId);
  if (!user?.email || !(await confirmCurrentPassword(services, site, user, password))) return false;
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({
        email: null,
        email_verified_at: null,
        password_hash: null,
        display_name: DELETED_DISPLAY_NAME,
        postcode: null,
        notify_mode: "never",
        // The old unsubscribe link must not identify the account any more.
        unsubscribe_token: newToken(),
        deleted_at: iso(now),
      })
      .where("id", "=", user.id)
      .execute();
    await endAllSessions(trx, user.id);
    await trx.deleteFrom("tokens").where("user_id", "=", user.id).execute();
    await trx.deleteFrom("user_roles").where("user_id", "=", user.id).execute();
    for (const component of services.components) await component.onUserDeleted?.(services, trx, user.id);
    await audit(
      trx,
      { siteId: site.id, actorUserId: user.id, action: "account.deleted", subject: `user:${user.id}` },
      now,
    );
  });
  return true;
}
