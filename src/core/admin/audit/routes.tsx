// /admin/audit: the audit log of this site, newest first (admins only).
import type { FastifyInstance } from "fastify";
import { countAuditEntries, listAuditEntries, type AuditEntry } from "../../audit/list";
import { describeAuditEntry } from "../../audit/describe";
import { formatDate } from "../../i18n/catalog";
import { sendPage } from "../../http/render";
import type { Services } from "../../services";
import type { PageContext } from "../../views/context";
import { requireAdmin } from "../guard";
import { pageCount, pagingFrom } from "../paging";
import { AdminPage } from "../views/admin-page";
import { listUrl, Pagination } from "../views/pagination";
import { TableScroll } from "../../views/table-scroll";

/** Links to the subject when it is something the admin area shows. */
function Subject({ subject }: { subject: string }) {
  const m = /^(user|outbox|area):(\d+)$/.exec(subject);
  if (!m) return <>{subject}</>;
  const base = { user: "/admin/gebruikers", outbox: "/admin/outbox", area: "/admin/gebieden" }[
    m[1] as "user" | "outbox" | "area"
  ];
  return (
    <a class="utrecht-link" href={`${base}/${m[2]}`}>
      {subject}
    </a>
  );
}

function AuditPage({
  ctx,
  entries,
  total,
  page,
  pages,
}: {
  ctx: PageContext;
  entries: AuditEntry[];
  total: number;
  page: number;
  pages: number;
}) {
  const { t, lang } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.audit.title")}>
      <p class="utrecht-paragraph">{t("admin.audit.intro")}</p>
      <p class="utrecht-paragraph" role="status">
        {t("admin.audit.count", { count: total })}
      </p>
      {entries.length > 0 ? (
        <TableScroll label={t("admin.audit.title")}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.audit.columns.when")}</th>
                <th scope="col">{t("admin.audit.columns.who")}</th>
                <th scope="col">{t("admin.audit.columns.action")}</th>
                <th scope="col">{t("admin.audit.columns.subject")}</th>
                <th scope="col">{t("admin.audit.columns.details")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const { sentence, rest } = describeAuditEntry(lang, t, e);
                return (
                  <tr>
                    <td>{formatDate(lang, e.createdAt, true)}</td>
                    <td>{e.actorName ?? t("admin.audit.system")}</td>
                    <td>{sentence}</td>
                    <td>
                      <Subject subject={e.subject} />
                    </td>
                    <td>
                      {rest.map((d) => (
                        <span class="audit-detail">
                          {d.name}: {d.value}{" "}
                        </span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pagination ctx={ctx} page={page} pages={pages} href={(p) => listUrl("/admin/audit", { pagina: p })} />
    </AdminPage>
  );
}

export function registerAuditRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  app.get("/admin/audit", async (request, reply) => {
    requireAdmin(request);
    const paging = pagingFrom(request.query);
    const siteId = request.site.id;
    const [total, entries] = await Promise.all([
      countAuditEntries(db, siteId),
      listAuditEntries(db, siteId, paging.limit, paging.offset),
    ]);
    return sendPage(
      reply,
      <AuditPage
        ctx={request.pageContext()}
        entries={entries}
        total={total}
        page={paging.page}
        pages={pageCount(total)}
      />,
    );
  });
}
