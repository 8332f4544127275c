// The public accountability page: how many ideas came in, were forwarded and answered (on time),
// the median days to an answer, and what is overdue now, with the list of forwarded ideas.
import type { VNode } from "preact";
import { paperCountText } from "./paper-count";
import { openDataHref } from "../../../core/pages/open-data";
import { IDEAS_OPEN_DATA_ID } from "../open-data-links";
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import type { AccountabilityFigures } from "../domain/accountability";
import { answeredOnTime } from "../domain/deadlines";
import { isOverdue } from "../domain/idea-rules";
import type { AccountabilityRow } from "../store/accountability";
import { StateBadge } from "./idea-parts";
import { userLang } from "../../../core/views/user-text";
import { TableScroll } from "../../../core/views/table-scroll";

export function AccountabilityPage({
  ctx,
  figures,
  rows,
  now,
  sections = [],
}: {
  ctx: PageContext;
  figures: AccountabilityFigures;
  rows: AccountabilityRow[];
  now: Date;
  /** Sections of other components (ComponentManifest.accountabilitySection), after the ideas. */
  sections?: VNode[];
}) {
  const t = ctx.t;
  const forwarded = rows.filter((r) => r.forwardedAt);
  const dash = t("ideas.accountability.none");
  // Each figure with its definition in plain words (the same as in domain/accountability.ts).
  const items: [string, string, string][] = [
    [
      "submitted",
      figures.submittedOnPaper > 0
        ? t("ideas.accountability.submittedValue", { count: figures.submitted, paper: figures.submittedOnPaper })
        : String(figures.submitted),
      "submittedMeans",
    ],
    ["supports", paperCountText(ctx, figures.supports, figures.paperSupports), "supportsMeans"],
    ["forwarded", String(figures.forwarded), "forwardedMeans"],
    ["answered", String(figures.answered), "answeredMeans"],
    [
      "onTime",
      figures.onTimePercent === null
        ? dash
        : t("ideas.accountability.onTimeValue", {
            percent: figures.onTimePercent,
            onTime: figures.answeredOnTime,
            due: figures.answersDue,
          }),
      "onTimeMeans",
    ],
    [
      "median",
      figures.medianDaysToAnswer === null
        ? dash
        : t("ideas.accountability.days", { count: figures.medianDaysToAnswer }),
      "medianMeans",
    ],
    ["overdue", String(figures.overdueNow), "overdueMeans"],
  ];
  return (
    <Layout ctx={ctx} title={t("ideas.accountability.title")}>
      <h1 class="utrecht-heading-1">{t("ideas.accountability.title")}</h1>
      <p class="utrecht-paragraph">{t("ideas.accountability.intro")}</p>
      <dl class="utrecht-data-list accountability-figures">
        {items.map(([key, value, means]) => (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{t(`ideas.accountability.${key}`)}</dt>
            <dd class="utrecht-data-list__item-value">{value}</dd>
            <dd class="utrecht-data-list__item-value accountability-figures__means">
              {t(`ideas.accountability.${means}`)}
            </dd>
          </div>
        ))}
      </dl>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={openDataHref(IDEAS_OPEN_DATA_ID)}>
          {t("ideas.accountability.openData")}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{t("ideas.accountability.listHeading")}</h2>
      {forwarded.length === 0 ? (
        <p class="utrecht-paragraph">{t("ideas.admin.none")}</p>
      ) : (
        <TableScroll label={t("ideas.accountability.listHeading")}>
          <table class="utrecht-table data-table">
            <caption class="utrecht-table__caption">{t("ideas.accountability.listHeading")}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t("ideas.fields.title")}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t("ideas.list.state")}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t("ideas.accountability.forwardedOn")}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t("ideas.admin.due")}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t("ideas.accountability.answeredOn")}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {forwarded.map((r) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/ideeen/${r.id}`} {...userLang(ctx)}>
                      {/* A public page: a hidden idea's title is for its author and moderators only. */}
                      {r.state === "hidden" ? t("ideas.hidden.title") : r.title}
                    </a>
                  </td>
                  <td class="utrecht-table__cell">
                    <StateBadge ctx={ctx} state={r.state} />
                  </td>
                  <td class="utrecht-table__cell">{formatDate(ctx.lang, r.forwardedAt!)}</td>
                  <td class="utrecht-table__cell">
                    {r.dueAt ? formatDate(ctx.lang, r.dueAt) : dash}
                    {isOverdue(r.state, r.dueAt, now) ? <strong> ({t("ideas.admin.overdue")})</strong> : null}
                  </td>
                  <td class="utrecht-table__cell">
                    {r.answeredAt
                      ? `${formatDate(ctx.lang, r.answeredAt)} (${
                          answeredOnTime(r.answeredAt, r.dueAt)
                            ? t("ideas.accountability.inTime")
                            : t("ideas.accountability.late")
                        })`
                      : dash}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {sections}
    </Layout>
  );
}
