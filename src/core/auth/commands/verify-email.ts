// Confirming an address from the link in the verification mail (a POST from the page it opens).
import type { Site } from "../../db/types";
import type { Services } from "../../services";
import { findValidToken, reserveToken, useToken } from "../account-tokens";
import { queueAccountMail } from "../mail/account-mails";
import { findUserById, markEmailVerified } from "../users";
import { verifyLinkPrefix } from "../verify-first";
import type { CurrentUser } from "../sessions";

export async function verifyEmail(services: Services, site: Site, token: string): Promise<boolean> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const valid = await findValidToken(trx, token, "verify", site.id, now);
    if (!valid || !(await useToken(trx, valid.id, now))) return false;
    await markEmailVerified(trx, valid.userId, now);
    return true;
  });
}

/**
 * "Send the link again" for a logged-in account that is not verified yet. With `returnTo` (a local
 * path) the link leads back there after confirming.
 */
export async function resendVerification(
  services: Services,
  site: Site,
  user: CurrentUser,
  returnTo: string | null = null,
): Promise<void> {
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const row = await findUserById(trx, site.id, user.id);
    if (!row?.email || row.email_verified_at) return;
    const tokenId = await reserveToken(trx, row.id, "verify", now);
    await queueAccountMail(
      trx,
      services,
      site,
      {
        kind: "verify",
        to: row.email,
        userId: row.id,
        lang: row.language,
        name: row.display_name,
        secret: { pathPrefix: verifyLinkPrefix(returnTo), tokenId },
      },
      now,
    );
  });
  services.kickOutbox();
}
