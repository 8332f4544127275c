// GET /account and its forms: change address, change password, preferences.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { CookieNames } from "../../http/cookies";
import { redirectWithFlash, sendPage } from "../../http/render";
import { formWithErrors, parseForm, parseFormWith } from "../../http/validation";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { changePassword } from "../commands/change-password";
import { requestEmailChange } from "../commands/change-email";
import { updatePreferences } from "../commands/update-preferences";
import { passwordErrors } from "../password-policy";
import { findUserById, normalizeEmail } from "../users";
import { identitiesOf } from "../../identity/identities";
import { siteProviders } from "../../identity/providers";
import { AccountPage, type AccountForms } from "../views/account-page";
import { demoMailboxOn } from "./demo-mailbox";
import { addEmailSchema, changeEmailSchema, changePasswordSchema, preferencesSchema } from "./schemas";
import { setSessionCookie } from "./session-cookie";

async function areaName(services: Services, siteId: number, areaId: number | null): Promise<string | null> {
  if (areaId === null) return null;
  const area = await services.db.kysely
    .selectFrom("areas")
    .select("name")
    .where("site_id", "=", siteId)
    .where("id", "=", areaId)
    .executeTakeFirst();
  return area?.name ?? null;
}

async function sendAccountPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  forms: AccountForms = {},
  status = 200,
) {
  const current = requireUser(request.user);
  const user = await findUserById(services.db.kysely, request.site.id, current.id);
  if (!user) return reply.callNotFound();
  return sendPage(
    reply,
    <AccountPage
      ctx={request.pageContext()}
      user={user}
      forms={forms}
      demoMailbox={demoMailboxOn(services)}
      identities={await identitiesOf(services.db.kysely, user.id)}
      providers={await siteProviders(services.db.kysely, services.config, request.site)}
      verifiedAreaName={await areaName(services, request.site.id, user.verified_area_id)}
    />,
    status,
  );
}

export function registerAccountPageRoutes(app: FastifyInstance, services: Services, cookies: CookieNames): void {
  app.get("/account", async (request, reply) => {
    reply.header("cache-control", "no-store");
    return sendAccountPage(services, request, reply);
  });

  app.post("/account/e-mailadres", async (request, reply) => {
    const user = requireUser(request.user);
    const sameAddress = (v: Record<string, string>) =>
      normalizeEmail(v.newEmail ?? "") === user.email
        ? [{ field: "newEmail", messageKey: "auth.errors.emailSame" }]
        : [];
    // An account made through a provider has no password to ask; it adds its first address.
    const row = await findUserById(services.db.kysely, request.site.id, user.id);
    const schema = row?.password_hash ? changeEmailSchema : addEmailSchema;
    const parsed = parseForm(schema, request.body);
    if (!parsed.ok) {
      const all = parseFormWith(schema, request.body, sameAddress);
      return sendAccountPage(services, request, reply, { email: all.ok ? parsed.form : all.form }, 400);
    }
    const password = "emailPassword" in parsed.data ? (parsed.data.emailPassword as string) : null;
    const result = await requestEmailChange(services, request.site, user.id, password, parsed.data.newEmail);
    if (result !== "sent") {
      const errors = result.map((problem) =>
        problem === "wrongPassword"
          ? { field: "emailPassword", messageKey: "auth.errors.wrongPassword" }
          : { field: "newEmail", messageKey: "auth.errors.emailSame" },
      );
      return sendAccountPage(services, request, reply, { email: formWithErrors(request.body, errors) }, 400);
    }
    return redirectWithFlash(reply, "/account", "auth.flash.emailChangeSent");
  });

  app.post("/account/wachtwoord", async (request, reply) => {
    const user = requireUser(request.user);
    const parsed = parseForm(changePasswordSchema, request.body);
    if (!parsed.ok) {
      // Also judge the new password now, so a second submit does not bring a new error.
      const all = parseFormWith(changePasswordSchema, request.body, (v) =>
        passwordErrors("newPassword", v.newPassword, { email: user.email, siteName: request.site.name }),
      );
      return sendAccountPage(services, request, reply, { password: all.ok ? parsed.form : all.form }, 400);
    }
    const result = await changePassword(
      services,
      request.site,
      user.id,
      parsed.data.currentPassword,
      parsed.data.newPassword,
    );
    if (!result.ok) {
      const errors = result.problems.map((p) => ({ field: p.field, messageKey: `auth.errors.${p.problem}` }));
      return sendAccountPage(services, request, reply, { password: formWithErrors(request.body, errors) }, 400);
    }
    setSessionCookie(reply, cookies, result.token);
    return redirectWithFlash(reply, "/account", "auth.flash.passwordChanged");
  });

  app.post("/account/voorkeuren", async (request, reply) => {
    const user = requireUser(request.user);
    const parsed = parseForm(preferencesSchema, request.body);
    if (!parsed.ok) return sendAccountPage(services, request, reply, { preferences: parsed.form }, 400);
    await updatePreferences(services, request.site.id, user.id, parsed.data);
    return redirectWithFlash(reply, "/account", "auth.flash.preferencesSaved");
  });
}
