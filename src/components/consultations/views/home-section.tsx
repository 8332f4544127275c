// On the site's home page: the consultations running now, and the polls staff chose to show here
// (answerable right on the home page, results as staff chose).
import type { FastifyRequest } from "fastify";
import type { Services } from "../../../core/services";
import { userLang } from "../../../core/views/user-text";
import { consultationStatus } from "../domain/consultation-status";
import { PollBlock } from "../polls/poll-block";
import { consultationAnswerRule } from "../answer-rules";
import { pollView } from "../polls/poll-view";
import { homePolls } from "../polls/store";
import { phasesOf, publishedConsultations } from "../store/page-parts";

export async function consultationsHomeSection(request: FastifyRequest, services: Services) {
  const db = services.db.kysely;
  const now = services.clock();
  const rows = await publishedConsultations(db, request.site.id);
  const phases = await phasesOf(
    db,
    rows.map((r) => r.id),
  );
  const open = rows
    .filter(
      (r) =>
        consultationStatus(
          phases
            .filter((p) => p.consultation_id === r.id)
            .map((p) => ({ name: p.name, startsOn: p.starts_on, endsOn: p.ends_on })),
          now,
        ) === "open",
    )
    .slice(0, 3);
  const polls = await Promise.all(
    (await homePolls(db, request.site.id)).map(async (p) => {
      const consultation = rows.find((r) => r.id === p.consultation_id) ?? {
        id: p.consultation_id,
        anonymous_answers: 0,
      };
      const rule = await consultationAnswerRule(services, request.site, request.user, consultation, "/");
      return pollView(db, p, request.user, now, rule);
    }),
  );
  if (open.length === 0 && polls.length === 0) return null;
  const ctx = request.pageContext();
  const { t } = ctx;
  return (
    <section aria-labelledby="home-consultations" class="home-section">
      <h2 class="utrecht-heading-2" id="home-consultations">
        {t("consultations.home.heading")}
      </h2>
      {open.length ? (
        <ul class="utrecht-unordered-list">
          {open.map((c) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`/raadplegingen/${c.id}`} {...userLang(ctx)}>
                {c.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {polls.map((view) => (
        <PollBlock ctx={ctx} view={view} back="/" />
      ))}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/raadplegingen">
          {t("consultations.home.all")}
        </a>
      </p>
    </section>
  );
}
