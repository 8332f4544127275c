// The public list of the site's consultations: open ones first, then those still to come, then
// those that are over, each with its summary and, when running, its current phase.
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { userLang } from "../../../core/views/user-text";
import type { ConsultationStatus } from "../domain/consultation-status";

export interface ListedConsultation {
  id: number;
  title: string;
  summary: string;
  status: ConsultationStatus;
  currentPhase: string | null;
}

export function ConsultationListPage({ ctx, list }: { ctx: PageContext; list: ListedConsultation[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("consultations.public.listTitle")}>
      <h1 class="utrecht-heading-1">{t("consultations.public.listTitle")}</h1>
      <p class="utrecht-paragraph">{t("consultations.public.listIntro")}</p>
      {list.length === 0 ? <p class="utrecht-paragraph">{t("consultations.public.none")}</p> : null}
      <ul class="idea-list">
        {list.map((c) => (
          <li class="idea-card">
            <h2 class="utrecht-heading-3 idea-card__title">
              <a class="utrecht-link" href={`/raadplegingen/${c.id}`} {...userLang(ctx)}>
                {c.title}
              </a>
            </h2>
            <p class="utrecht-paragraph">
              <span class="idea-state">{t(`consultations.public.status.${c.status}`)}</span>
              {c.currentPhase ? ` ${t("consultations.public.currentPhase", { phase: c.currentPhase })}` : null}
            </p>
            <p class="utrecht-paragraph" {...userLang(ctx)}>
              {c.summary}
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
