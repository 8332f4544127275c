// WCAG 3.1.2 (language of parts): what residents, officials and admins write (idea titles and
// texts, comments, answers, statements, project and area names) is in the site's content
// language, the first of `sites.languages`, whatever language the visitor reads the page in. So
// an English page marks that text lang="nl", and a Dutch page of an English-first site lang="en".
// The catalogs' own words need no mark: they are in the page's language.
import type { ComponentChildren } from "preact";
import { renderMarkdown } from "../text/markdown";
import type { Language, Site } from "../db/types";
import type { PageContext } from "./context";

export function contentLanguage(site: Pick<Site, "languages">): Language {
  const first = site.languages.split(",")[0]?.trim();
  return first === "en" ? "en" : "nl";
}

/** `lang` for an element holding user content: only when it differs from the page's language. */
export function userLang(ctx: Pick<PageContext, "lang" | "site">): { lang?: Language } {
  const lang = contentLanguage(ctx.site);
  return lang === ctx.lang ? {} : { lang };
}

/** User content inside other text: a <span lang> when needed, else the text as it is. */
export function UserText({ ctx, children }: { ctx: PageContext; children: ComponentChildren }) {
  const attrs = userLang(ctx);
  return attrs.lang ? <span lang={attrs.lang}>{children}</span> : children;
}

/** User text in the Markdown subset (core/text/markdown.ts), marked with its language. */
export function MarkdownText({ ctx, source }: { ctx: Pick<PageContext, "lang" | "site">; source: string }) {
  return <div class="idea-text" {...userLang(ctx)} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
