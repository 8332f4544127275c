// Pages for officials and the council: the dashboard (no reaction, overdue), the council's list
// by due date and its printable agenda.
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { isOverdue } from "../domain/idea-rules";
import type { IdeaView } from "../store/ideas";
import { StateBadge } from "./idea-parts";
import { TableScroll } from "../../../core/views/table-scroll";

function IdeaTable({ ctx, ideas, now, caption }: { ctx: PageContext; ideas: IdeaView[]; now: Date; caption: string }) {
  const t = ctx.t;
  if (ideas.length === 0) return <p class="utrecht-paragraph">{t("ideas.admin.none")}</p>;
  return (
    <TableScroll label={caption}>
      <table class="utrecht-table data-table">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t("ideas.fields.title")}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t("ideas.fields.area")}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t("ideas.list.state")}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t("ideas.admin.supports")}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t("ideas.admin.due")}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t("ideas.admin.meeting")}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {ideas.map((i) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <a class="utrecht-link" href={`/ideeen/${i.id}`}>
                  {i.title}
                </a>
              </td>
              <td class="utrecht-table__cell">{i.area_name}</td>
              <td class="utrecht-table__cell">
                <StateBadge ctx={ctx} state={i.state} />
              </td>
              <td class="utrecht-table__cell">{i.support_count}</td>
              <td class="utrecht-table__cell">
                {i.due_at ? formatDate(ctx.lang, i.due_at) : "–"}
                {isOverdue(i.state, i.due_at, now) ? <strong> ({t("ideas.admin.overdue")})</strong> : null}
              </td>
              <td class="utrecht-table__cell">{i.meeting_at ? formatDate(ctx.lang, i.meeting_at) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function DashboardPage({
  ctx,
  quiet,
  council,
  now,
}: {
  ctx: PageContext;
  quiet: IdeaView[];
  council: IdeaView[];
  now: Date;
}) {
  const t = ctx.t;
  const overdue = council.filter((i) => isOverdue(i.state, i.due_at, now));
  return (
    <Layout ctx={ctx} title={t("ideas.admin.dashboardTitle")}>
      <h1 class="utrecht-heading-1">{t("ideas.admin.dashboardTitle")}</h1>
      <h2 class="utrecht-heading-2">{t("ideas.admin.quietHeading")}</h2>
      <p class="utrecht-paragraph">{t("ideas.admin.quietIntro")}</p>
      <IdeaTable ctx={ctx} ideas={quiet} now={now} caption={t("ideas.admin.quietHeading")} />
      <h2 class="utrecht-heading-2">{t("ideas.admin.overdueHeading")}</h2>
      <IdeaTable ctx={ctx} ideas={overdue} now={now} caption={t("ideas.admin.overdueHeading")} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/admin/ideeen/raad">
          {t("ideas.admin.councilLink")}
        </a>{" "}
        ·{" "}
        <a class="utrecht-link" href="/admin/ideeen/meldingen">
          {t("ideas.admin.moderationLink")}
        </a>
      </p>
    </Layout>
  );
}

export function CouncilPage({
  ctx,
  ideas,
  now,
  printable,
}: {
  ctx: PageContext;
  ideas: IdeaView[];
  now: Date;
  printable: boolean;
}) {
  const t = ctx.t;
  const title = printable ? t("ideas.admin.agendaTitle") : t("ideas.admin.councilTitle");
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t("ideas.admin.councilIntro")}</p>
      {!printable ? (
        <p class="utrecht-paragraph no-print">
          <a class="utrecht-link" href="/admin/ideeen/raad/agenda">
            {t("ideas.admin.agendaPrint")}
          </a>{" "}
          ·{" "}
          <a class="utrecht-link" href="/admin/ideeen/raad/agenda.csv">
            {t("ideas.admin.agendaCsv")}
          </a>
        </p>
      ) : null}
      <IdeaTable ctx={ctx} ideas={ideas} now={now} caption={title} />
    </Layout>
  );
}
