// On the site's home page: the budgets residents can take part in now (proposing or voting).
import type { FastifyRequest } from "fastify";
import type { Services } from "../../../core/services";
import { submissionsOpen, votingOpen } from "../domain/process-rules";
import { listProcesses } from "../store/processes";
import { formatMoney } from "./format";
import { userLang } from "../../../core/views/user-text";

export async function budgetingHomeSection(request: FastifyRequest, services: Services) {
  const active = (await listProcesses(services.db.kysely, request.site.id)).filter(
    (p) => submissionsOpen(p) || votingOpen(p),
  );
  if (active.length === 0) return null;
  const ctx = request.pageContext();
  const { t } = ctx;
  return (
    <section aria-labelledby="home-budgeting" class="home-section">
      <h2 class="utrecht-heading-2" id="home-budgeting">
        {t("budgeting.home.heading")}
      </h2>
      <ul class="utrecht-unordered-list">
        {active.map((p) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`/begroting/${p.id}`} {...userLang(ctx)}>
              {p.title}
            </a>
            {" — "}
            {t(`budgeting.phase.${p.phase}`)}
            {" · "}
            {formatMoney(ctx.lang, p.budget, p.currency)}
          </li>
        ))}
      </ul>
    </section>
  );
}
