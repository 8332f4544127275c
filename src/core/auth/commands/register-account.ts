// Registration. Whether the address already has an account must not show: the visitor always
// sees the same page, and the owner of an existing account gets a notice instead of a link.
import type { Language, Site } from "../../db/types";
import type { Services } from "../../services";
import { reserveToken } from "../account-tokens";
import { queueAccountMail } from "../mail/account-mails";
import { hashPassword } from "../passwords";
import { findUserByEmail, normalizeEmail } from "../users";
import { newToken } from "../tokens";
import { iso } from "../../db/time";
import { verifyLinkPrefix } from "../verify-first";

export interface Registration {
  email: string;
  displayName: string;
  password: string;
  postcode: string | null;
  language: Language;
}

export async function registerAccount(services: Services, site: Site, input: Registration): Promise<void> {
  const now = services.clock();
  const email = normalizeEmail(input.email);
  // Hash in both cases, so the answer takes as long whether or not the address is known.
  const passwordHash = await hashPassword(input.password);
  try {
    await services.db.kysely.transaction().execute(async (trx) => {
      const existing = await findUserByEmail(trx, site.id, email);
      if (existing) {
        await queueAccountMail(
          trx,
          services,
          site,
          {
            kind: "alreadyRegistered",
            to: email,
            userId: existing.id,
            lang: existing.language,
            name: existing.display_name,
          },
          now,
        );
        return;
      }
      const user = await trx
        .insertInto("users")
        .values({
          site_id: site.id,
          email,
          email_verified_at: null,
          password_hash: passwordHash,
          display_name: input.displayName,
          language: input.language,
          postcode: input.postcode,
          notify_mode: "immediate",
          unsubscribe_token: newToken(),
          created_at: iso(now),
          deleted_at: null,
        })
        .returning(["id"])
        .executeTakeFirstOrThrow();
      const tokenId = await reserveToken(trx, user.id, "verify", now);
      await queueAccountMail(
        trx,
        services,
        site,
        {
          kind: "verify",
          to: email,
          userId: user.id,
          lang: input.language,
          name: input.displayName,
          secret: { pathPrefix: verifyLinkPrefix(null), tokenId },
        },
        now,
      );
    });
  } catch (error) {
    // Two registrations of one address at the same moment: the second loses on the unique
    // constraint. Answering the same as for a known address keeps the secret.
    if (!isUniqueViolation(error)) throw error;
  }
  services.kickOutbox();
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
