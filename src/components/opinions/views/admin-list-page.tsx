// The admin overview of conversations: status, statements waiting for moderation, and links to
// edit, moderate and see results. Moderators see only what they may do.
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import type { ConversationPhase } from "../permissions";
import type { Conversation } from "../store/tables";
import { phaseText } from "./conversation-status";
import { TableScroll } from "../../../core/views/table-scroll";

export interface AdminRow {
  conversation: Conversation;
  phase: ConversationPhase;
  pending: number;
}

export function AdminListPage({ ctx, rows, mayManage }: { ctx: PageContext; rows: AdminRow[]; mayManage: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("opinions.admin.title")}>
      <h1 class="utrecht-heading-1">{t("opinions.admin.title")}</h1>
      {mayManage ? (
        <ul class="utrecht-unordered-list opinion-links">
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href="/admin/gesprekken/nieuw">
              {t("opinions.admin.new")}
            </a>
          </li>
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href="/admin/gesprekken/importeren">
              {t("opinions.admin.import")}
            </a>
          </li>
        </ul>
      ) : null}
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t("opinions.list.empty")}</p>
      ) : (
        <TableScroll label={t("opinions.admin.title")}>
          <table class="data-table">
            <caption class="visually-hidden">{t("opinions.admin.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("opinions.admin.topic")}</th>
                <th scope="col">{t("opinions.admin.status")}</th>
                <th scope="col">{t("opinions.admin.pending")}</th>
                <th scope="col">{t("opinions.admin.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ conversation: c, phase, pending }) => (
                <tr>
                  <th scope="row">{c.topic}</th>
                  <td>{phaseText(ctx, c, phase)}</td>
                  <td>{pending}</td>
                  <td>
                    <ul class="opinion-actions">
                      {mayManage && !c.imported ? (
                        <li>
                          <a class="utrecht-link" href={`/admin/gesprekken/${c.id}`}>
                            {t("opinions.admin.edit")}
                          </a>
                        </li>
                      ) : null}
                      {mayManage && !c.imported ? (
                        <li>
                          <a class="utrecht-link" href={`/admin/gesprekken/${c.id}/deelname`}>
                            {t("participation.settings.title")}
                          </a>
                        </li>
                      ) : null}
                      <li>
                        <a class="utrecht-link" href={`/admin/gesprekken/${c.id}/moderatie`}>
                          {t("opinions.admin.moderate")}
                        </a>
                      </li>
                      <li>
                        <a class="utrecht-link" href={`/gesprekken/${c.id}/resultaten`}>
                          {t("opinions.admin.results")}
                        </a>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Layout>
  );
}
