// GET/POST /registreren, and the "check your mailbox" page after it.
import type { FastifyInstance } from "fastify";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseFormWith } from "../../http/validation";
import type { Services } from "../../services";
import { emptyForm } from "../../views/forms";
import { countAttempt, countFailure, refuseWhenFull } from "../auth-limits";
import { registerAccount } from "../commands/register-account";
import { passwordErrors } from "../password-policy";
import { normalizeEmail } from "../users";
import { MessagePage } from "../views/message-page";
import { RegisterPage } from "../views/register-page";
import { demoMailboxOn } from "./demo-mailbox";
import { registerSchema } from "./schemas";

export function registerRegistrationRoutes(app: FastifyInstance, services: Services): void {
  app.get("/registreren", async (request, reply) => {
    if (request.user) return reply.redirect("/account", 303);
    return sendPage(reply, <RegisterPage ctx={request.pageContext()} form={emptyForm()} />);
  });

  app.post("/registreren", async (request, reply) => {
    const siteId = request.site.id;
    await refuseWhenFull(services, "registerFailedIp", siteId, request.ip);
    // One pass: the password rules run with the other fields, so every error shows at once.
    const parsed = parseFormWith(registerSchema, request.body, (v) =>
      passwordErrors("password", v.password, { email: v.email?.trim(), siteName: request.site.name }),
    );
    if (!parsed.ok) {
      await countFailure(services, "registerFailedIp", siteId, request.ip);
      return sendPage(reply, <RegisterPage ctx={request.pageContext()} form={parsed.form} />, 400);
    }
    await countAttempt(services, "registerIp", siteId, request.ip);
    await countAttempt(services, "registerEmail", siteId, normalizeEmail(parsed.data.email));
    await registerAccount(services, request.site, { ...parsed.data, language: request.lang });
    return redirectWithFlash(reply, "/registreren/verstuurd");
  });

  app.get("/registreren/verstuurd", async (request, reply) => {
    return sendPage(
      reply,
      <MessagePage
        ctx={request.pageContext()}
        titleKey="auth.register.sentTitle"
        textKey="auth.register.sentText"
        link={
          demoMailboxOn(services) ? { href: "/account/post", labelKey: "auth.demoMailbox.afterRegister" } : undefined
        }
      />,
    );
  });
}
