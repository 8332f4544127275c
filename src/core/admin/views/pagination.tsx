// Previous/next links for a paged list; plain links, so they work without JavaScript.
import type { PageContext } from "../../views/context";

export function Pagination({
  ctx,
  page,
  pages,
  href,
}: {
  ctx: PageContext;
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label={ctx.t("admin.paging.label")}>
      <p class="utrecht-paragraph">
        {ctx.t("admin.paging.status", { page, pages })}
        {page > 1 ? (
          <>
            {" "}
            ·{" "}
            <a class="utrecht-link" rel="prev" href={href(Math.min(page - 1, pages))}>
              {ctx.t("admin.paging.previous")}
            </a>
          </>
        ) : null}
        {page < pages ? (
          <>
            {" "}
            ·{" "}
            <a class="utrecht-link" rel="next" href={href(page + 1)}>
              {ctx.t("admin.paging.next")}
            </a>
          </>
        ) : null}
      </p>
    </nav>
  );
}

/** A list URL with its query; empty values are left out. */
export function listUrl(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== "" && !(k === "pagina" && v === 1)) params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
