// Staff link a consultation to parts of the same site that ask for input: an opinion-map
// conversation, an ideas process, a budget (whatever the site's components offer through
// `linkableParts`). One form of checkboxes; anything not offered on this site is refused.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { CheckboxGroup } from "../../../core/admin/views/checkbox-group";
import { audit } from "../../../core/audit/log";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import type { Services } from "../../../core/services";
import { emptyForm, type FormState } from "../../../core/views/forms";
import { linksOf, replaceLinks } from "../store/page-parts";
import type { ConsultationRow } from "../store/tables";
import { SimpleFormPage } from "../views/simple-form-page";
import { loadConsultation, requireConsultationStaff } from "./load";
import { siteParts } from "./public";

const key = (kind: string, id: number) => `${kind}:${id}`;

function ticked(body: unknown): string[] {
  const raw = body && typeof body === "object" ? (body as Record<string, unknown>).parts : undefined;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((x) => (typeof x === "string" ? x : ""));
}

export function registerLinkAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    c: ConsultationRow,
    form: FormState,
    checked: string[],
    status = 200,
  ) {
    const ctx = request.pageContext();
    const parts = await siteParts(services, request);
    return sendPage(
      reply,
      <SimpleFormPage
        ctx={ctx}
        title={ctx.t("consultations.links.admin.title")}
        intro={ctx.t("consultations.links.admin.intro")}
        action={`/admin/raadplegingen/${c.id}/koppelingen`}
        form={form}
        submitLabel={ctx.t("consultations.form.save")}
        back={`/admin/raadplegingen/${c.id}`}
      >
        {parts.length ? (
          <CheckboxGroup
            ctx={ctx}
            form={form}
            name="parts"
            legend={ctx.t("consultations.links.admin.legend")}
            options={parts.map((p) => ({
              value: key(p.kind, p.id),
              label: `${p.kindLabel}: ${p.title} (${p.stateLabel})`,
            }))}
            checked={new Set(checked)}
          />
        ) : (
          <p class="utrecht-paragraph">{ctx.t("consultations.links.admin.noneOnSite")}</p>
        )}
      </SimpleFormPage>,
      status,
    );
  }

  app.get<{ Params: { id: string } }>("/admin/raadplegingen/:id/koppelingen", async (request, reply) => {
    requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const links = await linksOf(db, c.id);
    return formPage(
      request,
      reply,
      c,
      emptyForm(),
      links.map((l) => key(l.kind, l.target_id)),
    );
  });

  app.post<{ Params: { id: string } }>("/admin/raadplegingen/:id/koppelingen", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const wanted = [...new Set(ticked(request.body))];
    const parts = await siteParts(services, request);
    const chosen = wanted.map((w) => parts.find((p) => key(p.kind, p.id) === w));
    if (chosen.some((p) => !p)) {
      const form = { values: {}, errors: [{ field: "parts", messageKey: "consultations.links.errors.unknown" }] };
      return formPage(request, reply, c, form, wanted, 400);
    }
    const links = chosen.map((p) => ({ kind: p!.kind, targetId: p!.id }));
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      await replaceLinks(trx, c.id, links);
      const entry = { siteId: request.site.id, actorUserId: user.id, subject: `consultation:${c.id}` };
      const details = { links: links.map((l) => key(l.kind, l.targetId)).join(", ") || "-" };
      await audit(trx, { ...entry, action: "consultations.links.changed", details }, now);
    });
    return redirectWithFlash(reply, `/admin/raadplegingen/${c.id}`, "consultations.flash.saved");
  });
}
