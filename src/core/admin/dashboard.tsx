// GET /admin: the staff dashboard. It lists only the sections the user's roles may use: core's and
// those components declare in their manifest (adminLinks).
import type { FastifyInstance } from "fastify";
import { sendPage } from "../http/render";
import { visibleSections } from "../permissions/admin-sections";
import type { Services } from "../services";
import { requireStaff } from "./guard";
import { AdminPage } from "./views/admin-page";

async function failedOutboxCount(services: Services, siteId: number): Promise<number> {
  const row = await services.db.kysely
    .selectFrom("outbox")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("site_id", "=", siteId)
    .where("status", "=", "failed")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function registerDashboard(app: FastifyInstance, services: Services): void {
  const componentLinks = services.components.flatMap((c) => c.adminLinks ?? []);

  app.get("/admin", async (request, reply) => {
    const user = requireStaff(request);
    const ctx = request.pageContext();
    const sections = visibleSections(user.roles, componentLinks);
    // Mail that could not be sent is easy to miss; admins see it here first.
    const failed = user.roles.has("admin") ? await failedOutboxCount(services, request.site.id) : 0;
    return sendPage(
      reply,
      <AdminPage ctx={ctx} title={ctx.t("admin.title")} back={null}>
        <p class="utrecht-paragraph">{ctx.t("admin.dashboard.intro", { site: ctx.site.name })}</p>
        {failed > 0 ? (
          <div class="utrecht-alert utrecht-alert--warning" role="status">
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href="/admin/outbox?status=failed">
                {ctx.t("admin.dashboard.failedMail", { count: failed })}
              </a>
            </p>
          </div>
        ) : null}
        {sections.length > 0 ? (
          <>
            <h2 class="utrecht-heading-2">{ctx.t("admin.dashboard.sections")}</h2>
            <ul class="utrecht-unordered-list">
              {sections.map((s) => (
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href={s.href}>
                    {ctx.t(s.labelKey)}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="utrecht-paragraph">{ctx.t("admin.dashboard.none")}</p>
        )}
      </AdminPage>,
    );
  });
}
