// The frame of every admin page: the site layout, a link back to the dashboard and one h1.
import type { ComponentChildren } from "preact";
import type { PageContext } from "../../views/context";
import { Layout } from "../../views/layout";

export function AdminPage({
  ctx,
  title,
  back = "/admin",
  children,
}: {
  ctx: PageContext;
  title: string;
  back?: string | null;
  children: ComponentChildren;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      {back ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={back}>
            {back === "/admin" ? ctx.t("admin.back") : ctx.t("admin.backTo")}
          </a>
        </p>
      ) : null}
      <h1 class="utrecht-heading-1">{title}</h1>
      <div class="stack">{children}</div>
    </Layout>
  );
}
