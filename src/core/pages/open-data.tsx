// The open-data page: every feed, CSV/JSON file and API document of the site in one place. Each
// component contributes its own groups through its manifest (`openData`); resident pages only link
// here, so words like "Atom-feed" or "JSON" stay off the pages residents read.
import type { FastifyInstance } from "fastify";
import { sendPage } from "../http/render";
import type { Services } from "../services";
import { Layout } from "../views/layout";

const anchor = (sectionId: string) => `open-data-${sectionId}`;
/** Where a resident page links for its component's downloads. */
export const openDataHref = (sectionId: string): string => `/open-data#${anchor(sectionId)}`;

export function registerOpenDataPage(app: FastifyInstance, services: Services): void {
  app.get("/open-data", async (request, reply) => {
    const ctx = request.pageContext();
    const sections = (
      await Promise.all(services.components.map((c) => c.openData?.(request, services) ?? Promise.resolve([])))
    ).flat();
    return sendPage(
      reply,
      <Layout ctx={ctx} title={ctx.t("pages.openData.title")}>
        <h1 class="utrecht-heading-1">{ctx.t("pages.openData.title")}</h1>
        <p class="utrecht-paragraph">{ctx.t("pages.openData.intro", { site: ctx.site.name })}</p>
        {sections.length === 0 ? <p class="utrecht-paragraph">{ctx.t("pages.openData.none")}</p> : null}
        {sections.map((s) => (
          <section aria-labelledby={anchor(s.id)}>
            <h2 class="utrecht-heading-2" id={anchor(s.id)}>
              {s.heading}
            </h2>
            {s.intro ? <p class="utrecht-paragraph">{s.intro}</p> : null}
            <ul class="utrecht-unordered-list">
              {s.links.map((l) => (
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href={l.href}>
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </Layout>,
    );
  });
}
