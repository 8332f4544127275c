// Probes for load balancers and orchestration, and the language switch.
import type { FastifyInstance } from "fastify";
import { cookieOptions } from "../http/cookies";
import { safeLocalPath } from "../http/local-path";
import type { Services } from "../services";

export function registerSystemRoutes(app: FastifyInstance, services: Services): void {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const ok = await services.db.ping();
    return reply.status(ok ? 200 : 503).send({ status: ok ? "ready" : "database unreachable" });
  });
  // A language preference is not data: a plain link may set it, so it works without JavaScript
  // and without a form. Mail language is the account's own setting (on /account).
  app.get<{ Params: { lang: string }; Querystring: { terug?: string } }>("/taal/:lang", async (request, reply) => {
    const lang = request.params.lang;
    if (lang !== "nl" && lang !== "en") return reply.callNotFound();
    reply.setCookie("inspraak_lang", lang, cookieOptions(app.cookieNames, 365 * 86400));
    return reply.redirect(safeLocalPath(request.query.terug), 303);
  });
}
