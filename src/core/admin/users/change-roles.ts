// Use case: an admin sets the roles of an account of their own site. The change and its audit entry
// are written in one transaction; the last admin of a site cannot lose that role.
import { audit } from "../../audit/log";
import { grantRole, revokeRole, rolesOf } from "../../auth/users";
import type { Role } from "../../db/types";
import { planRoleChange, type RoleChange } from "../../permissions/role-changes";
import type { Services } from "../../services";
import { countAdmins, lockSiteForRoleChange } from "./store";

export type ChangeRolesResult =
  | { ok: true; change: RoleChange }
  | { ok: false; reason: "notFound" | "deleted" | "lastAdmin" };

export async function changeRoles(
  services: Services,
  input: { siteId: number; actorId: number; userId: number; wanted: Role[] },
): Promise<ChangeRolesResult> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx): Promise<ChangeRolesResult> => {
    await lockSiteForRoleChange(trx, input.siteId);
    const user = await trx
      .selectFrom("users")
      .select(["id", "deleted_at"])
      .where("site_id", "=", input.siteId)
      .where("id", "=", input.userId)
      .executeTakeFirst();
    if (!user) return { ok: false, reason: "notFound" };
    if (user.deleted_at) return { ok: false, reason: "deleted" };
    const plan = planRoleChange({
      current: await rolesOf(trx, user.id),
      wanted: input.wanted,
      adminCount: await countAdmins(trx, input.siteId),
    });
    if (!plan.ok) return plan;
    const { granted, revoked } = plan.change;
    if (granted.length === 0 && revoked.length === 0) return plan;
    for (const role of granted) await grantRole(trx, user.id, role);
    for (const role of revoked) await revokeRole(trx, user.id, role);
    await audit(
      trx,
      {
        siteId: input.siteId,
        actorUserId: input.actorId,
        action: "user.roles.changed",
        subject: `user:${user.id}`,
        details: { granted, revoked },
      },
      now,
    );
    return plan;
  });
}
