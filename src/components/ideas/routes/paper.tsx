// Supports on paper (docs/paper.md): officials and admins enter the lines of a signed support list
// (/admin/ideeen/:id/papier) and correct or remove a line with a reason (logged). Roles are
// checked first, then the idea is loaded for this site only. The printable forms are in
// paper-forms.tsx.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { HttpError } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { unstorableFields } from "../../../core/http/text-rules";
import { formValues, parseForm } from "../../../core/http/validation";
import { listBatches, paperMeetings } from "../../../core/paper/batches";
import { readSource } from "../../../core/paper/source-form";
import { requireRole } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { emptyForm, Field, type FormState } from "../../../core/views/forms";
import { alsoOnline, correctPaperSupport, enterPaperSupports, removePaperSupport } from "../commands/paper-supports";
import { holds } from "../domain/idea-condition";
import { collectsSupport } from "../domain/idea-rules";
import { listPaperLines, loadPaperLine } from "../store/paper";
import { PaperEntryPage } from "../views/paper-pages";
import { SimpleFormPage } from "../views/simple-form-page";
import { loadVisibleIdea, parseParams } from "./load";
import { paperLineParams, readCorrection, readPaperLines, refusalErrors, removeLineForm } from "./paper-schemas";
import { ideaParams } from "./schemas";
import { PaperReasonField } from "../../../core/paper/reason-field";

const STAFF = ["official", "admin"] as const;

export function registerPaperRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  const loadIdea = async (request: FastifyRequest) => {
    requireRole(request.user, ...STAFF);
    const { id } = parseParams(ideaParams, request.params);
    const loaded = await loadVisibleIdea(services, request, id);
    if (loaded.state === "draft") throw new HttpError(404, "errors.notFound");
    return loaded.idea;
  };

  const entryPage = async (request: FastifyRequest, reply: FastifyReply, form: FormState | undefined, status = 200) => {
    const idea = await loadIdea(request);
    const process = await db
      .selectFrom("idea_processes")
      .select("count_after_threshold")
      .where("id", "=", idea.process_id)
      .executeTakeFirstOrThrow();
    const [lines, online, batches, meetings] = await Promise.all([
      listPaperLines(db, idea.id),
      alsoOnline(services, idea.id),
      listBatches(db, request.site.id),
      paperMeetings(services, request.site.id),
    ]);
    return sendPage(
      reply,
      <PaperEntryPage
        ctx={request.pageContext()}
        idea={idea}
        collecting={holds(collectsSupport(services.clock(), process.count_after_threshold === 1), idea)}
        lines={lines}
        alsoOnline={online}
        batches={batches}
        meetings={meetings}
        form={form}
      />,
      status,
    );
  };

  app.get("/admin/ideeen/:id/papier", (request, reply) => entryPage(request, reply, undefined));

  app.post("/admin/ideeen/:id/papier", async (request, reply) => {
    const idea = await loadIdea(request);
    const values = formValues(request.body);
    const [batches, meetings] = await Promise.all([
      listBatches(db, request.site.id),
      paperMeetings(services, request.site.id),
    ]);
    const source = readSource(values, batches, meetings);
    const { lines, errors } = readPaperLines(values);
    const all = [...unstorableFields(values), ...(source.ok ? [] : source.errors), ...errors];
    if (all.length > 0) return entryPage(request, reply, { values, errors: all }, 400);
    if (!source.ok) throw new Error("unreachable");
    const result = await enterPaperSupports(services, request.site, request.user!, idea.id, source.source, lines);
    if (!result.ok) return entryPage(request, reply, { values, errors: refusalErrors(result.refusals) }, 400);
    return redirectWithFlash(reply, `/admin/ideeen/${idea.id}/papier`, "paper.flash.saved");
  });

  const loadLine = async (request: FastifyRequest) => {
    requireRole(request.user, ...STAFF);
    const { id, lineId } = parseParams(paperLineParams, request.params);
    const { idea } = await loadVisibleIdea(services, request, id);
    const line = await loadPaperLine(db, idea.id, lineId);
    if (!line) throw new HttpError(404, "errors.notFound");
    return { idea, line };
  };

  const removePage = async (request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) => {
    const { idea, line } = await loadLine(request);
    const t = request.t;
    return sendPage(
      reply,
      <SimpleFormPage
        ctx={request.pageContext()}
        title={t("paper.remove.title")}
        intro={t("paper.remove.intro", { name: line.name, postcode: line.postcode })}
        action={`/admin/ideeen/${idea.id}/papier/${line.id}/verwijderen`}
        form={form}
        submitLabel={t("paper.remove.submit")}
        back={`/admin/ideeen/${idea.id}/papier`}
      >
        <PaperReasonField ctx={request.pageContext()} form={form} />
      </SimpleFormPage>,
      status,
    );
  };

  app.get("/admin/ideeen/:id/papier/:lineId/verwijderen", (request, reply) => removePage(request, reply, emptyForm()));

  app.post("/admin/ideeen/:id/papier/:lineId/verwijderen", async (request, reply) => {
    const { idea, line } = await loadLine(request);
    const parsed = parseForm(removeLineForm, request.body);
    if (!parsed.ok) return removePage(request, reply, parsed.form, 400);
    await removePaperSupport(services, request.site, request.user!, idea.id, line.id, parsed.data.reason);
    return redirectWithFlash(reply, `/admin/ideeen/${idea.id}/papier`, "paper.flash.removed");
  });

  const correctPage = async (request: FastifyRequest, reply: FastifyReply, form: FormState | null, status = 200) => {
    const { idea, line } = await loadLine(request);
    const t = request.t;
    const ctx = request.pageContext();
    const shown = form ?? emptyForm({ name: line.name, postcode: line.postcode });
    return sendPage(
      reply,
      <SimpleFormPage
        ctx={ctx}
        title={t("paper.correct.title")}
        intro={t("paper.correct.intro")}
        action={`/admin/ideeen/${idea.id}/papier/${line.id}/corrigeren`}
        form={shown}
        submitLabel={t("paper.correct.submit")}
        back={`/admin/ideeen/${idea.id}/papier`}
      >
        <Field ctx={ctx} form={shown} name="name" label={t("paper.name")} maxLength={100} />
        <Field ctx={ctx} form={shown} name="postcode" label={t("paper.postcode")} maxLength={8} />
        <PaperReasonField ctx={ctx} form={shown} />
      </SimpleFormPage>,
      status,
    );
  };

  app.get("/admin/ideeen/:id/papier/:lineId/corrigeren", (request, reply) => correctPage(request, reply, null));

  app.post("/admin/ideeen/:id/papier/:lineId/corrigeren", async (request, reply) => {
    const { idea, line } = await loadLine(request);
    const values = formValues(request.body);
    const unstorable = unstorableFields(values);
    const input = readCorrection(values);
    if (unstorable.length > 0 || !input.ok)
      return correctPage(request, reply, { values, errors: [...unstorable, ...(input.ok ? [] : input.errors)] }, 400);
    const result = await correctPaperSupport(services, request.site, request.user!, idea.id, line.id, input.data);
    if (!result.ok)
      return correctPage(
        request,
        reply,
        { values, errors: [{ field: "name", messageKey: `paper.refusal.${result.reason}` }] },
        400,
      );
    return redirectWithFlash(reply, `/admin/ideeen/${idea.id}/papier`, "paper.flash.corrected");
  });
}
