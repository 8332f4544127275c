// The frame of every page: skip link, header with site name, navigation, language switch,
// account links, main landmark, footer with accessibility statement and privacy.
import type { ComponentChildren } from "preact";
import { hasRole, type PageContext } from "./context";
import { PostButton } from "./forms";

interface LayoutProps {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  head?: ComponentChildren;
}

export function Layout({ ctx, title, children, head }: LayoutProps) {
  const { t, lang, site, user } = ctx;
  const otherLang = lang === "nl" ? "en" : "nl";
  return (
    <html lang={lang} class={`utrecht-root ${site.theme_class}`}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${site.name}`}</title>
        <link rel="stylesheet" href={ctx.assets.css} />
        <script src={ctx.assets.js} defer />
        {head}
      </head>
      <body class="utrecht-body">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
          {t("layout.skipLink")}
        </a>
        <header class="utrecht-page-header site-header">
          <div class="site-header__inner">
            <a class="site-header__name utrecht-link" href="/">
              {site.name}
            </a>
            <nav class="site-header__account" aria-label={t("layout.accountNav")}>
              <a
                class="utrecht-link"
                href={`/taal/${otherLang}?terug=${encodeURIComponent(ctx.url)}`}
                lang={otherLang}
                hrefLang={otherLang}
              >
                {t(`layout.switchTo.${otherLang}`)}
              </a>
              {user ? (
                <>
                  <a class="utrecht-link" href="/account">
                    {t("layout.myAccount")}
                  </a>
                  {hasRole(ctx, "admin") ||
                  hasRole(ctx, "moderator") ||
                  hasRole(ctx, "official") ||
                  hasRole(ctx, "council") ? (
                    <a class="utrecht-link" href="/admin">
                      {t("layout.admin")}
                    </a>
                  ) : null}
                  <PostButton ctx={ctx} action="/uitloggen" label={t("layout.logout")} variant="subtle" />
                </>
              ) : (
                <>
                  <a class="utrecht-link" href="/inloggen">
                    {t("layout.login")}
                  </a>
                  <a class="utrecht-link" href="/registreren">
                    {t("layout.register")}
                  </a>
                </>
              )}
            </nav>
          </div>
          {ctx.nav.length > 0 ? (
            <nav class="site-nav" aria-label={t("layout.mainNav")}>
              <ul class="site-nav__list">
                {ctx.nav.map((item) => (
                  <li>
                    <a class="utrecht-link" href={item.href} aria-current={ctx.path === item.href ? "page" : undefined}>
                      {t(item.labelKey)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" class="utrecht-page-content site-main" tabIndex={-1}>
          {ctx.flash ? (
            <div class="utrecht-alert utrecht-alert--ok" role="status">
              <p class="utrecht-paragraph">{t(ctx.flash)}</p>
            </div>
          ) : null}
          {children}
        </main>
        <footer class="utrecht-page-footer site-footer">
          <ul class="site-footer__links">
            <li>
              <a class="utrecht-link" href="/toegankelijkheid">
                {t("layout.accessibility")}
              </a>
            </li>
            <li>
              <a class="utrecht-link" href="/privacy">
                {t("layout.privacy")}
              </a>
            </li>
            <li>
              <a class="utrecht-link" href="/open-data">
                {t("layout.openData")}
              </a>
            </li>
          </ul>
          <p class="utrecht-paragraph site-footer__about">{t("layout.poweredBy")}</p>
        </footer>
      </body>
    </html>
  );
}
