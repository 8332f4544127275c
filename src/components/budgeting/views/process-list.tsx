// The site's budget processes, newest first, each with its phase.
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import type { BudgetProcess } from "../store/tables";
import { formatMoney } from "./format";
import { userLang } from "../../../core/views/user-text";

export function ProcessListPage({ ctx, processes }: { ctx: PageContext; processes: BudgetProcess[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("budgeting.list.title")}>
      <h1 class="utrecht-heading-1">{t("budgeting.list.title")}</h1>
      <p class="utrecht-paragraph">{t("budgeting.list.intro")}</p>
      {processes.length === 0 ? (
        <p class="utrecht-paragraph">{t("budgeting.list.empty")}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {processes.map((p) => (
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
      )}
    </Layout>
  );
}
