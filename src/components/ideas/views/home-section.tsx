// On the site's home page: the supported open ideas closest to their threshold, to invite support
// (the rule: domain/almost-enough.ts).
import type { FastifyRequest } from "fastify";
import type { Services } from "../../../core/services";
import { ideaThumbnails } from "../photos/thumbnails";
import { almostEnoughFilter, listIdeas } from "../store/ideas";
import { IdeaCard } from "./idea-card";

export async function homeSection(request: FastifyRequest, services: Services) {
  const now = services.clock();
  const { ideas } = await listIdeas(services.db, request.site.id, almostEnoughFilter, now);
  const thumbnails = await ideaThumbnails(services.db.kysely, ideas, now);
  const ctx = request.pageContext();
  return (
    <section aria-labelledby="home-ideas" class="home-ideas">
      <h2 class="utrecht-heading-2" id="home-ideas">
        {ctx.t("ideas.home.heading")}
      </h2>
      <p class="utrecht-paragraph">{ctx.t("ideas.home.intro")}</p>
      {ideas.length ? (
        <ul class="idea-list">
          {ideas.map((i) => (
            <IdeaCard ctx={ctx} idea={i} now={now} thumbnail={thumbnails.get(i.id)} />
          ))}
        </ul>
      ) : (
        <p class="utrecht-paragraph">{ctx.t("ideas.home.noneYet")}</p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/ideeen">
          {ctx.t("ideas.home.all")}
        </a>{" "}
        ·{" "}
        <a class="utrecht-link" href="/ideeen/nieuw">
          {ctx.t("ideas.list.submit")}
        </a>
      </p>
    </section>
  );
}
