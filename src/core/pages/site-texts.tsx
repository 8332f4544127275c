// The accessibility statement and the privacy statement: texts an admin edits per site, in both
// languages, with a sensible default when none is set yet.
import type { FastifyInstance } from "fastify";
import { sendPage } from "../http/render";
import { Layout } from "../views/layout";
import { Prose } from "../views/prose";

export function registerSiteTexts(app: FastifyInstance): void {
  app.get("/toegankelijkheid", async (request, reply) => {
    const ctx = request.pageContext();
    const text = ctx.lang === "nl" ? ctx.site.accessibility_nl : ctx.site.accessibility_en;
    return sendPage(
      reply,
      <Layout ctx={ctx} title={ctx.t("pages.accessibility.title")}>
        <h1 class="utrecht-heading-1">{ctx.t("pages.accessibility.title")}</h1>
        <Prose text={text || ctx.t("pages.accessibility.default", { site: ctx.site.name })} />
      </Layout>,
    );
  });
  app.get("/privacy", async (request, reply) => {
    const ctx = request.pageContext();
    const text = ctx.lang === "nl" ? ctx.site.privacy_nl : ctx.site.privacy_en;
    return sendPage(
      reply,
      <Layout ctx={ctx} title={ctx.t("pages.privacy.title")}>
        <h1 class="utrecht-heading-1">{ctx.t("pages.privacy.title")}</h1>
        <Prose text={text || ctx.t("pages.privacy.default", { site: ctx.site.name })} />
      </Layout>,
    );
  });
}
