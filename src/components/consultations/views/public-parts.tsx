// Pieces of the public consultation page: the timeline with the current phase marked, the facts
// (areas, contact), documents, updates and the linked parts of the site.
import type { LinkablePart } from "../../../core/components";
import { formatDate, formatNumber } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { MarkdownText, userLang } from "../../../core/views/user-text";
import { type Phase, phaseStatus } from "../domain/timeline";

export const dayText = (ctx: PageContext, day: string) => formatDate(ctx.lang, `${day}T12:00:00Z`);

export function Timeline({ ctx, phases, now }: { ctx: PageContext; phases: readonly Phase[]; now: Date }) {
  const { t } = ctx;
  if (phases.length === 0) return null;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 class="utrecht-heading-2" id="timeline-heading">
        {t("consultations.public.timeline")}
      </h2>
      <ol class="utrecht-ordered-list consultation-timeline">
        {phases.map((p) => {
          const status = phaseStatus(p, now);
          const dates = t("consultations.public.phaseDates", {
            from: dayText(ctx, p.startsOn),
            to: dayText(ctx, p.endsOn),
          });
          return (
            <li class="utrecht-ordered-list__item" aria-current={status === "current" ? "step" : undefined}>
              {status === "current" ? (
                <strong {...userLang(ctx)}>{p.name}</strong>
              ) : (
                <span {...userLang(ctx)}>{p.name}</span>
              )}{" "}
              ({dates}){" "}
              <span class={status === "current" ? "idea-state" : undefined}>
                {t(`consultations.public.phase.${status}`)}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function Facts({ ctx, areas, contact }: { ctx: PageContext; areas: string[]; contact: string | null }) {
  const { t } = ctx;
  return (
    <dl class="consultation-facts">
      <dt>{t("consultations.public.areas")}</dt>
      <dd>{areas.length ? areas.join(", ") : t("consultations.public.wholeMunicipality")}</dd>
      {contact ? (
        <>
          <dt>{t("consultations.public.contact")}</dt>
          <dd>{contact}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function LinkedParts({ ctx, parts }: { ctx: PageContext; parts: LinkablePart[] }) {
  const { t } = ctx;
  if (parts.length === 0) return null;
  return (
    <section aria-labelledby="linked-heading">
      <h3 class="utrecht-heading-3" id="linked-heading">
        {t("consultations.public.linked")}
      </h3>
      <ul class="utrecht-unordered-list">
        {parts.map((p) => (
          <li class="utrecht-unordered-list__item">
            {p.kindLabel}:{" "}
            <a class="utrecht-link" href={p.url} {...userLang(ctx)}>
              {p.title}
            </a>{" "}
            ({p.open ? t("consultations.public.openNow", { state: p.stateLabel }) : p.stateLabel})
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface DocumentItem {
  id: number;
  name: string;
  kind: "pdf" | "image";
  size: number;
}

export const sizeText = (ctx: PageContext, bytes: number) =>
  bytes >= 1024 * 1024
    ? ctx.t("consultations.documents.mb", { size: formatNumber(ctx.lang, Math.round(bytes / 104857.6) / 10) })
    : ctx.t("consultations.documents.kb", { size: formatNumber(ctx.lang, Math.max(1, Math.round(bytes / 1024))) });

export function Documents({
  ctx,
  consultationId,
  docs,
}: {
  ctx: PageContext;
  consultationId: number;
  docs: DocumentItem[];
}) {
  const { t } = ctx;
  if (docs.length === 0) return null;
  return (
    <section aria-labelledby="documents-heading">
      <h2 class="utrecht-heading-2" id="documents-heading">
        {t("consultations.documents.heading")}
      </h2>
      <ul class="utrecht-unordered-list">
        {docs.map((d) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`/raadplegingen/${consultationId}/documenten/${d.id}`} {...userLang(ctx)}>
              {d.name}
            </a>{" "}
            ({t(`consultations.documents.kind.${d.kind}`)}, {sizeText(ctx, d.size)})
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Updates({
  ctx,
  updates,
}: {
  ctx: PageContext;
  updates: { id: number; title: string; body: string; created_at: string }[];
}) {
  const { t } = ctx;
  if (updates.length === 0) return null;
  return (
    <section aria-labelledby="updates-heading">
      <h2 class="utrecht-heading-2" id="updates-heading">
        {t("consultations.updates.heading")}
      </h2>
      {updates.map((u) => (
        <article class="idea-timeline__item" id={`bericht-${u.id}`} aria-labelledby={`update-${u.id}`}>
          <h3 class="utrecht-heading-3" id={`update-${u.id}`} {...userLang(ctx)}>
            {u.title}
          </h3>
          <p class="utrecht-paragraph">{formatDate(ctx.lang, u.created_at)}</p>
          <MarkdownText ctx={ctx} source={u.body} />
        </article>
      ))}
    </section>
  );
}
