// A page with a heading and a short text: "check your mailbox", "this link no longer works".
import type { PageContext } from "../../views/context";
import { Layout } from "../../views/layout";

export function MessagePage({
  ctx,
  titleKey,
  textKey,
  link,
}: {
  ctx: PageContext;
  titleKey: string;
  textKey: string;
  link?: { href: string; labelKey: string };
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(titleKey)}>
      <h1 class="utrecht-heading-1">{t(titleKey)}</h1>
      <p class="utrecht-paragraph">{t(textKey, { site: ctx.site.name })}</p>
      {link ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={link.href}>
            {t(link.labelKey)}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}
