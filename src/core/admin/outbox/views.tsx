// The outbox pages: the list of what the site sent or will send, and one message in full.
import { formatDate } from "../../i18n/catalog";
import type { PageContext } from "../../views/context";
import { textForStaff } from "../../mail/secret-link";
import { PostButton } from "../../views/forms";
import { AdminPage } from "../views/admin-page";
import { listUrl, Pagination } from "../views/pagination";
import { OUTBOX_STATUSES, type OutboxItem, type OutboxStatus } from "./store";
import { TableScroll } from "../../views/table-scroll";

const kindLabel = (ctx: PageContext, kind: string) => (kind === "mail" ? ctx.t("admin.outbox.kinds.mail") : kind);

export function OutboxListPage({
  ctx,
  items,
  total,
  page,
  pages,
  status,
}: {
  ctx: PageContext;
  items: OutboxItem[];
  total: number;
  page: number;
  pages: number;
  status?: OutboxStatus;
}) {
  const { t, lang } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.outbox.title")}>
      <p class="utrecht-paragraph">{t("admin.outbox.intro")}</p>
      <nav aria-label={t("admin.outbox.filter")}>
        <p class="utrecht-paragraph">
          {t("admin.outbox.filter")}:{" "}
          <a class="utrecht-link" href="/admin/outbox" aria-current={status ? undefined : "page"}>
            {t("admin.outbox.all")}
          </a>
          {OUTBOX_STATUSES.map((s) => (
            <>
              {" "}
              ·{" "}
              <a
                class="utrecht-link"
                href={`/admin/outbox?status=${s}`}
                aria-current={status === s ? "page" : undefined}
              >
                {t(`admin.outbox.status.${s}`)}
              </a>
            </>
          ))}
        </p>
      </nav>
      <p class="utrecht-paragraph" role="status">
        {t("admin.outbox.count", { count: total })}
      </p>
      {items.length > 0 ? (
        <TableScroll label={t("admin.outbox.title")}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.outbox.columns.created")}</th>
                <th scope="col">{t("admin.outbox.columns.kind")}</th>
                <th scope="col">{t("admin.outbox.columns.message")}</th>
                <th scope="col">{t("admin.outbox.columns.status")}</th>
                <th scope="col">{t("admin.outbox.columns.attempts")}</th>
                <th scope="col">{t("admin.outbox.columns.lastError")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr>
                  <td>
                    <a class="utrecht-link" href={`/admin/outbox/${i.id}`}>
                      {formatDate(lang, i.createdAt, true)}
                    </a>
                  </td>
                  <td>{kindLabel(ctx, i.kind)}</td>
                  <td>
                    {i.mail ? (
                      <>
                        {i.mail.to}
                        <br />
                        {i.mail.subject}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{t(`admin.outbox.status.${i.status}`)}</td>
                  <td>{i.attempts}</td>
                  <td>{i.lastError ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pagination ctx={ctx} page={page} pages={pages} href={(p) => listUrl("/admin/outbox", { status, pagina: p })} />
    </AdminPage>
  );
}

export function OutboxItemPage({ ctx, item }: { ctx: PageContext; item: OutboxItem }) {
  const { t, lang } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.outbox.itemTitle", { id: item.id })} back="/admin/outbox">
      <dl>
        <dt>{t("admin.outbox.columns.kind")}</dt>
        <dd>{kindLabel(ctx, item.kind)}</dd>
        <dt>{t("admin.outbox.columns.status")}</dt>
        <dd>{t(`admin.outbox.status.${item.status}`)}</dd>
        <dt>{t("admin.outbox.columns.attempts")}</dt>
        <dd>{item.attempts}</dd>
        <dt>{t("admin.outbox.columns.created")}</dt>
        <dd>{formatDate(lang, item.createdAt, true)}</dd>
        <dt>{t("admin.outbox.columns.lastError")}</dt>
        <dd>{item.lastError ?? "—"}</dd>
        {item.mail ? (
          <>
            <dt>{t("admin.outbox.to")}</dt>
            <dd>{item.mail.to}</dd>
            <dt>{t("admin.outbox.subject")}</dt>
            <dd>{item.mail.subject}</dd>
          </>
        ) : null}
      </dl>
      {item.mail ? (
        <>
          <h2 class="utrecht-heading-2">{t("admin.outbox.text")}</h2>
          <pre class="admin-mail-text">{textForStaff(item.mail.text, t("admin.outbox.hiddenLink"))}</pre>
        </>
      ) : (
        <p class="utrecht-paragraph">{t("admin.outbox.notMail")}</p>
      )}
      {item.status === "failed" ? (
        <PostButton
          ctx={ctx}
          action={`/admin/outbox/${item.id}/opnieuw`}
          label={t("admin.outbox.retry")}
          variant="primary"
        />
      ) : null}
    </AdminPage>
  );
}
