// Where a link from a mail lands: one button that POSTs. Mail scanners follow links, so opening
// the link must never change anything by itself.
import type { PageContext } from "../../views/context";
import { CsrfField } from "../../views/forms";
import { Layout } from "../../views/layout";

export function ConfirmLinkPage({
  ctx,
  action,
  token,
  prefix,
}: {
  ctx: PageContext;
  action: string;
  token: string;
  prefix: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`${prefix}.title`)}>
      <h1 class="utrecht-heading-1">{t(`${prefix}.title`)}</h1>
      <p class="utrecht-paragraph">{t(`${prefix}.intro`)}</p>
      <form method="post" action={action} class="site-form">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={token} />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {t(`${prefix}.submit`)}
          </button>
        </div>
      </form>
    </Layout>
  );
}
