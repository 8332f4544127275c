// The mails about an account, in the recipient's language, queued in the caller's transaction.
// Each has a subject, a few short paragraphs, at most one link and a footer saying why it came.
import type { Executor } from "../../db/database";
import type { Language, Site } from "../../db/types";
import { translator } from "../../i18n/catalog";
import { queueMail } from "../../mail/queue";
import { renderMail } from "../../mail/render";
import { SECRET_LINK_PLACEHOLDER } from "../../mail/secret-link";
import type { Services } from "../../services";
import { siteBaseUrl } from "../../sites/urls";
import { TOKEN_LIFETIME_MINUTES } from "../account-tokens";

export type AccountMailKind = "verify" | "alreadyRegistered" | "reset" | "confirmEmail" | "passwordChanged";

/** Notices without a token still offer the obvious next step. */
const DEFAULT_PATHS: Partial<Record<AccountMailKind, string>> = {
  alreadyRegistered: "/inloggen",
  passwordChanged: "/wachtwoord-vergeten",
};

export interface AccountMail {
  kind: AccountMailKind;
  to: string;
  /** The account the mail is about and for (the owner of `to`). */
  userId: number;
  lang: Language;
  name: string;
  /** A local path without a secret; made absolute for the site. */
  path?: string;
  /** A single-use link: the path up to the token ("/account/bevestigen?token=") and the reserved
   *  token row. The worker creates the token only when it sends the mail (see mail/secret-link.ts). */
  secret?: { pathPrefix: string; tokenId: number };
}

export async function queueAccountMail(
  trx: Executor,
  services: Services,
  site: Site,
  mail: AccountMail,
  now: Date,
): Promise<void> {
  const t = translator(mail.lang);
  const base = await siteBaseUrl(trx, services.config, site);
  const params = {
    site: site.name,
    name: mail.name,
    hours: Math.round(TOKEN_LIFETIME_MINUTES.verify / 60),
    minutes: TOKEN_LIFETIME_MINUTES.reset,
  };
  const prefix = `auth.mail.${mail.kind}`;
  const path = mail.secret ? "" : (mail.path ?? DEFAULT_PATHS[mail.kind]);
  const url = mail.secret ? SECRET_LINK_PLACEHOLDER : path ? `${base}${path}` : undefined;
  const message = renderMail({
    to: mail.to,
    lang: mail.lang,
    subject: t(`${prefix}.subject`, params),
    greeting: t("auth.mail.greeting", params),
    paragraphs: t(`${prefix}.body`, params).split("\n\n"),
    action: url ? { label: t(`${prefix}.action`, params), url } : undefined,
    footer: t(`${prefix}.footer`, params),
  });
  const secretLink = mail.secret && { tokenId: mail.secret.tokenId, urlPrefix: `${base}${mail.secret.pathPrefix}` };
  await queueMail(trx, site.id, { ...message, ...(secretLink ? { secretLink } : {}) }, now, { userId: mail.userId });
}
