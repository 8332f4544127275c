// What every page needs to render: the visitor's language, site, account and CSRF token.
import type { CurrentUser } from "../auth/sessions";
import type { NavItem } from "../components";
import type { Language, Role, Site } from "../db/types";
import type { Translate } from "../i18n/catalog";

export interface PageContext {
  t: Translate;
  lang: Language;
  site: Site;
  user: CurrentUser | null;
  /** Creating the token may set a cookie, so pages ask for it only when they show a form. */
  csrfToken(): string;
  path: string;
  /** Path and query, so a language switch returns to the same search or link. */
  url: string;
  flash: string | null;
  nav: NavItem[];
  assets: { css: string; js: string; mapCss: string; mapJs: string };
}

export const hasRole = (ctx: PageContext, role: Role): boolean => ctx.user?.roles.has(role) ?? false;
