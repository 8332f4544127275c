// GET /account and its forms: change address, change password, preferences.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { CookieNames } from "../../http/cookies";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseForm } from "../../http/validation";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { changePassword } from "../commands/change-password";
import { requestEmailChange } from "../commands/change-email";
import { updatePreferences } from "../commands/update-preferences";
import { findUserById } from "../users";
import { AccountPage, type AccountForms } from "../views/account-page";
import { demoMailboxOn } from "./demo-mailbox";
import { formWithError } from "./form-errors";
import { changeEmailSchema, changePasswordSchema, preferencesSchema } from "./schemas";
import { setSessionCookie } from "./session-cookie";

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
    <AccountPage ctx={request.pageContext()} user={user} forms={forms} demoMailbox={demoMailboxOn(services)} />,
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
    const parsed = parseForm(changeEmailSchema, request.body);
    if (!parsed.ok) return sendAccountPage(services, request, reply, { email: parsed.form }, 400);
    const result = await requestEmailChange(
      services,
      request.site,
      user.id,
      parsed.data.emailPassword,
      parsed.data.newEmail,
    );
    if (result === "wrongPassword")
      return sendAccountPage(
        services,
        request,
        reply,
        { email: formWithError(request.body, "emailPassword", "auth.errors.wrongPassword") },
        400,
      );
    if (result === "same")
      return sendAccountPage(
        services,
        request,
        reply,
        { email: formWithError(request.body, "newEmail", "auth.errors.emailSame") },
        400,
      );
    return redirectWithFlash(reply, "/account", "auth.flash.emailChangeSent");
  });

  app.post("/account/wachtwoord", async (request, reply) => {
    const user = requireUser(request.user);
    const parsed = parseForm(changePasswordSchema, request.body);
    if (!parsed.ok) return sendAccountPage(services, request, reply, { password: parsed.form }, 400);
    const result = await changePassword(
      services,
      request.site,
      user.id,
      parsed.data.currentPassword,
      parsed.data.newPassword,
    );
    if (!result.ok) {
      const form = formWithError(request.body, result.field, `auth.errors.${result.problem}`);
      return sendAccountPage(services, request, reply, { password: form }, 400);
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
