// On the site's home page: the conversations open now, so residents find the municipality's questions.
import type { FastifyRequest } from "fastify";
import type { Services } from "../../../core/services";
import { conversationPhase } from "../permissions";
import { listConversations } from "../store/conversations";
import { userLang } from "../../../core/views/user-text";

export async function opinionsHomeSection(request: FastifyRequest, services: Services) {
  const now = services.clock();
  const open = (await listConversations(services.db.kysely, request.site.id)).filter(
    (c) => conversationPhase(c, now) === "open",
  );
  if (open.length === 0) return null;
  const ctx = request.pageContext();
  const { t } = ctx;
  return (
    <section aria-labelledby="home-opinions" class="home-section">
      <h2 class="utrecht-heading-2" id="home-opinions">
        {t("opinions.home.heading")}
      </h2>
      <p class="utrecht-paragraph">{t("opinions.home.intro")}</p>
      <ul class="utrecht-unordered-list">
        {open.map((c) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`/gesprekken/${c.id}`} {...userLang(ctx)}>
              {c.topic}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
