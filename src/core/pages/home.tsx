// The site's home page: a welcome, then a section from each component.
import type { FastifyInstance } from "fastify";
import { cacheVersion, sendAndCachePage, sendCachedPage } from "../http/page-cache";
import type { Services } from "../services";
import { Layout } from "../views/layout";

export function registerHome(app: FastifyInstance, services: Services): void {
  app.get("/", async (request, reply) => {
    const now = services.clock();
    if (sendCachedPage(request, reply, now)) return reply;
    const version = cacheVersion(request);
    const ctx = request.pageContext();
    const sections = await Promise.all(services.components.map((c) => c.homeSection?.(request, services) ?? null));
    return sendAndCachePage(
      request,
      reply,
      <Layout ctx={ctx} title={ctx.t("home.title")}>
        <h1 class="utrecht-heading-1">{ctx.t("home.heading", { site: ctx.site.name })}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{ctx.t("home.intro")}</p>
        {sections}
      </Layout>,
      now,
      version,
    );
  });
}
