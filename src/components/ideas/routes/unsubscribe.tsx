// One-click unsubscribe from every ideas mail, without logging in. GET only shows a button (mail
// scanners follow links, so a GET must never change anything); POST unsubscribes.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { HttpError } from "../../../core/http/errors";
import { sendPage } from "../../../core/http/render";
import type { Services } from "../../../core/services";
import { CsrfField } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { parseParams } from "./load";

const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export function registerUnsubscribeRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const findUser = async (siteId: number, token: string) => {
    const user = await db
      .selectFrom("users")
      .select(["id", "notify_mode"])
      .where("unsubscribe_token", "=", token)
      .where("site_id", "=", siteId)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
    if (!user) throw new HttpError(404, "ideas.unsubscribe.unknown");
    return user;
  };

  app.get("/afmelden/:token", async (request, reply) => {
    const { token } = parseParams(tokenParams, request.params);
    const user = await findUser(request.site.id, token);
    const ctx = request.pageContext();
    const t = ctx.t;
    const done = user.notify_mode === "never";
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t("ideas.unsubscribe.title")}>
        <h1 class="utrecht-heading-1">{t("ideas.unsubscribe.title")}</h1>
        <p class="utrecht-paragraph">{done ? t("ideas.unsubscribe.done") : t("ideas.unsubscribe.intro")}</p>
        {!done ? (
          <form method="post" action={`/afmelden/${token}`} class="post-button">
            <CsrfField ctx={ctx} />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {t("ideas.unsubscribe.button")}
            </button>
          </form>
        ) : null}
        <p class="utrecht-paragraph">{t("ideas.unsubscribe.account")}</p>
      </Layout>,
    );
  });

  // CSRF-exempt on purpose: RFC 8058 one-click unsubscribe is a POST from the mail provider's
  // server with body "List-Unsubscribe=One-Click", without cookies or a form token. The secret
  // token in the URL authenticates the request, and the only possible effect is fewer mails.
  app.post("/afmelden/:token", { config: { csrfExempt: true } }, async (request, reply) => {
    const { token } = parseParams(tokenParams, request.params);
    const user = await findUser(request.site.id, token);
    await db.updateTable("users").set({ notify_mode: "never" }).where("id", "=", user.id).execute();
    const body = request.body as Record<string, unknown> | undefined;
    if (body?.["List-Unsubscribe"] === "One-Click")
      return reply.status(200).type("text/plain; charset=utf-8").send("Unsubscribed");
    return reply.redirect(`/afmelden/${token}`, 303);
  });
}
