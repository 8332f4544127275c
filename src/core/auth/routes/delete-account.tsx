// GET /account/verwijderen (confirm with the password) and POST (delete, then log out).
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { CookieNames } from "../../http/cookies";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseForm } from "../../http/validation";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { emptyForm } from "../../views/forms";
import { deleteAccount } from "../commands/delete-account";
import { findUserById } from "../users";
import { DeleteAccountPage } from "../views/delete-account-page";
import { formWithError } from "./form-errors";
import { deleteSchema } from "./schemas";
import { clearSessionCookie } from "./session-cookie";

export function registerDeleteAccountRoutes(app: FastifyInstance, services: Services, cookies: CookieNames): void {
  // An account made through a provider has no password: the button itself confirms.
  const hasPassword = async (request: FastifyRequest, userId: number) =>
    Boolean((await findUserById(services.db.kysely, request.site.id, userId))?.password_hash);

  app.get("/account/verwijderen", async (request, reply) => {
    const user = requireUser(request.user);
    const withPassword = await hasPassword(request, user.id);
    return sendPage(
      reply,
      <DeleteAccountPage ctx={request.pageContext()} form={emptyForm()} withPassword={withPassword} />,
    );
  });

  app.post("/account/verwijderen", async (request, reply) => {
    const user = requireUser(request.user);
    const withPassword = await hasPassword(request, user.id);
    let password: string | null = null;
    if (withPassword) {
      const parsed = parseForm(deleteSchema, request.body);
      if (!parsed.ok)
        return sendPage(reply, <DeleteAccountPage ctx={request.pageContext()} form={parsed.form} withPassword />, 400);
      password = parsed.data.password;
    }
    if (!(await deleteAccount(services, request.site, user.id, password))) {
      return sendPage(
        reply,
        <DeleteAccountPage
          ctx={request.pageContext()}
          form={formWithError(request.body, "password", "auth.errors.wrongPassword")}
          withPassword={withPassword}
        />,
        400,
      );
    }
    clearSessionCookie(reply, cookies);
    return redirectWithFlash(reply, "/", "auth.flash.accountDeleted");
  });
}
