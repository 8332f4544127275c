// Changing (or, for an account made through a provider, adding) the address: asks the current
// password when the account has one, then mails a link to the new address. The
// address changes only when that link is confirmed, so nobody can move an account to an address
// they do not own. As at registration, a taken address is never revealed: its owner gets a notice.
import type { Site } from "../../db/types";
import { iso } from "../../db/time";
import type { Services } from "../../services";
import { findValidToken, reserveToken, useToken } from "../account-tokens";
import { countAttempt } from "../auth-limits";
import { queueAccountMail } from "../mail/account-mails";
import { emailInUse, findUserByEmail, findUserById, normalizeEmail } from "../users";
import { confirmCurrentPassword } from "./log-in";

export type EmailChangeProblem = "wrongPassword" | "same";
/** "sent", or every problem at once (a wrong password and the same address are reported together). */
export type RequestEmailChangeResult = "sent" | EmailChangeProblem[];

export async function requestEmailChange(
  services: Services,
  site: Site,
  userId: number,
  /** Null for an account without a password (made by signing in through a provider). */
  password: string | null,
  newEmailInput: string,
): Promise<RequestEmailChangeResult> {
  const db = services.db.kysely;
  const newEmail = normalizeEmail(newEmailInput);
  const user = await findUserById(db, site.id, userId);
  if (!user || user.deleted_at) return ["wrongPassword"];
  const problems: EmailChangeProblem[] = [];
  // Without a password the provider's sign-in of this session is the proof, as for deletion.
  if (user.password_hash && !(await confirmCurrentPassword(services, site, user, password ?? "")))
    problems.push("wrongPassword");
  if (newEmail === user.email) problems.push("same");
  if (problems.length > 0) return problems;
  await countAttempt(services, "mailAccount", site.id, user.id);
  const now = services.clock();
  await db.transaction().execute(async (trx) => {
    const owner = await findUserByEmail(trx, site.id, newEmail);
    if (owner) {
      await queueAccountMail(
        trx,
        services,
        site,
        {
          kind: "alreadyRegistered",
          to: newEmail,
          userId: owner.id,
          lang: owner.language,
          name: owner.display_name,
        },
        now,
      );
      return;
    }
    const tokenId = await reserveToken(trx, user.id, "email", now, newEmail);
    await queueAccountMail(
      trx,
      services,
      site,
      {
        kind: "confirmEmail",
        to: newEmail,
        userId: user.id,
        lang: user.language,
        name: user.display_name,
        secret: { pathPrefix: "/account/e-mailadres-bevestigen?token=", tokenId },
      },
      now,
    );
  });
  services.kickOutbox();
  return "sent";
}

export type ConfirmEmailResult = "changed" | "invalid" | "taken";

export async function confirmEmailChange(services: Services, site: Site, token: string): Promise<ConfirmEmailResult> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const valid = await findValidToken(trx, token, "email", site.id, now);
    if (!valid?.newEmail) return "invalid";
    // Someone registered the address after the link was sent.
    if (await emailInUse(trx, site.id, valid.newEmail)) return "taken";
    if (!(await useToken(trx, valid.id, now))) return "invalid";
    await trx
      .updateTable("users")
      .set({ email: valid.newEmail, email_verified_at: iso(now) })
      .where("id", "=", valid.userId)
      .execute();
    return "changed";
  });
}
