// GET/POST /registreren, and the "check your mailbox" page after it.
import type { FastifyInstance } from "fastify";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseForm } from "../../http/validation";
import type { Services } from "../../services";
import { emptyForm } from "../../views/forms";
import { countAttempt } from "../auth-limits";
import { registerAccount } from "../commands/register-account";
import { passwordProblem } from "../password-policy";
import { MessagePage } from "../views/message-page";
import { RegisterPage } from "../views/register-page";
import { demoMailboxOn } from "./demo-mailbox";
import { formWithError } from "./form-errors";
import { registerSchema } from "./schemas";

export function registerRegistrationRoutes(app: FastifyInstance, services: Services): void {
  app.get("/registreren", async (request, reply) => {
    if (request.user) return reply.redirect("/account", 303);
    return sendPage(reply, <RegisterPage ctx={request.pageContext()} form={emptyForm()} />);
  });

  app.post("/registreren", async (request, reply) => {
    const parsed = parseForm(registerSchema, request.body);
    if (!parsed.ok) return sendPage(reply, <RegisterPage ctx={request.pageContext()} form={parsed.form} />, 400);
    const problem = passwordProblem(parsed.data.password, { email: parsed.data.email, siteName: request.site.name });
    if (problem) {
      return sendPage(
        reply,
        <RegisterPage
          ctx={request.pageContext()}
          form={formWithError(request.body, "password", `auth.errors.${problem}`)}
        />,
        400,
      );
    }
    await countAttempt(services, "registerIp", request.site.id, request.ip);
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
