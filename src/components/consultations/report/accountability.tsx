// The consultations' part of the accountability page: how many consultations have a published
// participation report and how many do not yet, with a link to each published report.
import type { FastifyRequest } from "fastify";
import type { Services } from "../../../core/services";
import { userLang } from "../../../core/views/user-text";
import { reportPath } from "./commands";
import { publishedReports, reportCounts } from "./store";

export async function reportsAccountabilitySection(request: FastifyRequest, services: Services) {
  const db = services.db.kysely;
  const [counts, published] = await Promise.all([
    reportCounts(db, request.site.id),
    publishedReports(db, request.site.id),
  ]);
  if (counts.withReport + counts.without === 0) return null;
  const ctx = request.pageContext();
  const t = ctx.t;
  return (
    <section aria-labelledby="consultation-reports">
      <h2 class="utrecht-heading-2" id="consultation-reports">
        {t("consultations.report.accountabilityTitle")}
      </h2>
      <p class="utrecht-paragraph">
        {t("consultations.report.accountabilityCounts", { count: counts.withReport, without: counts.without })}
      </p>
      {published.length ? (
        <ul class="utrecht-unordered-list">
          {published.map((c) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={reportPath(c.id)} {...userLang(ctx)}>
                {c.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
