// GET /account/verwijderen (confirm with the password) and POST (delete, then log out).
import type { FastifyInstance } from "fastify";
import type { CookieNames } from "../../http/cookies";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseForm } from "../../http/validation";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { emptyForm } from "../../views/forms";
import { deleteAccount } from "../commands/delete-account";
import { DeleteAccountPage } from "../views/delete-account-page";
import { formWithError } from "./form-errors";
import { deleteSchema } from "./schemas";
import { clearSessionCookie } from "./session-cookie";

export function registerDeleteAccountRoutes(app: FastifyInstance, services: Services, cookies: CookieNames): void {
  app.get("/account/verwijderen", async (request, reply) => {
    requireUser(request.user);
    return sendPage(reply, <DeleteAccountPage ctx={request.pageContext()} form={emptyForm()} />);
  });

  app.post("/account/verwijderen", async (request, reply) => {
    const user = requireUser(request.user);
    const parsed = parseForm(deleteSchema, request.body);
    if (!parsed.ok) return sendPage(reply, <DeleteAccountPage ctx={request.pageContext()} form={parsed.form} />, 400);
    if (!(await deleteAccount(services, request.site, user.id, parsed.data.password))) {
      return sendPage(
        reply,
        <DeleteAccountPage
          ctx={request.pageContext()}
          form={formWithError(request.body, "password", "auth.errors.wrongPassword")}
        />,
        400,
      );
    }
    clearSessionCookie(reply, cookies);
    return redirectWithFlash(reply, "/", "auth.flash.accountDeleted");
  });
}
