// The buttons on an idea page: publish, withdraw, support, withdraw support, follow. Each is a
// POST (never a GET link). The support buttons also answer JSON for the no-reload script.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { redirectWithFlash } from "../../../core/http/render";
import { requireUser } from "../../../core/permissions/roles";
import { RateLimitedError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { publishIdea, withdrawIdea } from "../commands/submit-idea";
import { followIdea } from "../commands/moderation";
import { supportIdea, unsupportIdea, type SupportResult } from "../commands/support-idea";
import { parseParams, wantsJson } from "./load";
import { ideaParams } from "./schemas";

// Generous for people, tight enough to stop a script clicking on and off all day.
const SUPPORT_LIMIT = { max: 60, windowSeconds: 600 };

export function registerActionRoutes(app: FastifyInstance, services: Services): void {
  // Withdrawing stays possible for everyone who supported; supporting follows the process's
  // participation rule, checked by the command (a refusal page says what is missing).
  const supportRoute = (path: string, run: typeof supportIdea, flash: string) => {
    app.post(path, async (request: FastifyRequest, reply: FastifyReply) => {
      const user = requireUser(request.user);
      const { id } = parseParams(ideaParams, request.params);
      const limit = await services.rateLimiter.hit(
        `ideas.support:${user.id}`,
        SUPPORT_LIMIT.max,
        SUPPORT_LIMIT.windowSeconds,
        services.clock(),
      );
      if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);
      const result: SupportResult = await run(services, request.site, user, id);
      if (wantsJson(request)) return reply.send(result);
      return redirectWithFlash(reply, `/ideeen/${id}`, result.forwarded ? "ideas.flash.forwarded" : flash);
    });
  };
  supportRoute("/ideeen/:id/steunen", supportIdea, "ideas.flash.supported");
  supportRoute("/ideeen/:id/steun-intrekken", unsupportIdea, "ideas.flash.unsupported");

  /** The live count for the enhancing script; cheap, cacheable for a few seconds. */
  app.get("/ideeen/:id/steun.json", async (request, reply) => {
    const { id } = parseParams(ideaParams, request.params);
    const row = await services.db.kysely
      .selectFrom("ideas")
      .select(["support_count", "state"])
      .where("id", "=", id)
      .where("site_id", "=", request.site.id)
      .where("state", "!=", "draft")
      .executeTakeFirst();
    if (!row) return reply.status(404).send({ error: "not found" });
    return reply.header("Cache-Control", "public, max-age=5").send({ count: row.support_count, state: row.state });
  });

  app.post("/ideeen/:id/publiceren", async (request, reply) => {
    const user = requireUser(request.user);
    const { id } = parseParams(ideaParams, request.params);
    await publishIdea(services, request.site, user, id);
    services.kickOutbox();
    return redirectWithFlash(reply, `/ideeen/${id}`, "ideas.flash.published");
  });

  app.post("/ideeen/:id/intrekken", async (request, reply) => {
    const user = requireUser(request.user);
    const { id } = parseParams(ideaParams, request.params);
    await withdrawIdea(services, request.site, user, id);
    services.kickOutbox();
    return redirectWithFlash(reply, `/ideeen/${id}`, "ideas.flash.withdrawn");
  });

  for (const [path, follow] of [
    ["volgen", true],
    ["ontvolgen", false],
  ] as const) {
    app.post(`/ideeen/:id/${path}`, async (request, reply) => {
      const user = requireUser(request.user);
      const { id } = parseParams(ideaParams, request.params);
      await followIdea(services, request.site, user, id, follow);
      return redirectWithFlash(reply, `/ideeen/${id}`, follow ? "ideas.flash.following" : "ideas.flash.unfollowed");
    });
  }
}
