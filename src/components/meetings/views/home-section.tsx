// On the site's home page: the next few meetings, so residents who come for the ideas also find
// the evening in the community centre (online and offline together).
import type { FastifyRequest } from "fastify";
import type { Services } from "../../../core/services";
import { userLang } from "../../../core/views/user-text";
import { listMeetings } from "../store/meetings";
import { when } from "./parts";

export async function meetingsHomeSection(request: FastifyRequest, services: Services) {
  const next = (
    await listMeetings(services.db.kysely, request.site.id, services.clock(), "upcoming", { limit: 3 })
  ).filter((m) => m.status === "scheduled");
  if (next.length === 0) return null;
  const ctx = request.pageContext();
  const { t } = ctx;
  return (
    <section aria-labelledby="home-meetings" class="home-section">
      <h2 class="utrecht-heading-2" id="home-meetings">
        {t("meetings.home.heading")}
      </h2>
      <ul class="utrecht-unordered-list">
        {next.map((m) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`/bijeenkomsten/${m.id}`} {...userLang(ctx)}>
              {m.title}
            </a>{" "}
            ({when(ctx, m)})
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/bijeenkomsten">
          {t("meetings.home.all")}
        </a>
      </p>
    </section>
  );
}
