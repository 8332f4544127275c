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
  fields = {},
}: {
  ctx: PageContext;
  action: string;
  token: string;
  prefix: string;
  /** More hidden fields, e.g. the local path to return to after confirming. */
  fields?: Record<string, string>;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`${prefix}.title`)}>
      <h1 class="utrecht-heading-1">{t(`${prefix}.title`)}</h1>
      <p class="utrecht-paragraph">{t(`${prefix}.intro`)}</p>
      <form method="post" action={action} class="site-form">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={token} />
        {Object.entries(fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {t(`${prefix}.submit`)}
          </button>
        </div>
      </form>
    </Layout>
  );
}
