// Staff upload documents to a consultation (PDF and images), list and remove them. The real type
// is read from the content (domain/document-file.ts); a PDF is stored as uploaded, an image is
// re-encoded to WebP by core/photos (EXIF with GPS position and all other metadata dropped).
// Residents download them as attachments (routes/public.tsx).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { audit } from "../../../core/audit/log";
import { type FieldError, notFound } from "../../../core/http/errors";
import { multipartRouteConfig, readMultipartForm } from "../../../core/http/multipart-form";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { PhotoRejected, processPhoto } from "../../../core/photos/process-photo";
import type { Services } from "../../../core/services";
import { CsrfField, ErrorSummary, FieldFrame, fieldState, type FormState, PostButton } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { userLang } from "../../../core/views/user-text";
import { documentKind, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB, MAX_DOCUMENTS } from "../domain/document-file";
import { addDocument, documentsOf, removeDocument } from "../store/page-parts";
import type { ConsultationRow } from "../store/tables";
import { sizeText } from "../views/public-parts";
import { BackLink } from "../views/staff-nav";
import { idParam, loadConsultation, requireConsultationStaff } from "./load";

const MAX_NAME = 120;

export function registerDocumentAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    c: ConsultationRow,
    form?: FormState,
    status = 200,
  ) {
    const ctx = request.pageContext();
    const { t } = ctx;
    const docs = await documentsOf(db, c.id);
    const file = fieldState(form, "file", true);
    const name = fieldState(form, "name", true);
    const action = `/admin/raadplegingen/${c.id}/documenten`;
    const labels = new Map([
      ["name", t("consultations.documents.name")],
      ["file", t("consultations.documents.file")],
    ]);
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t("consultations.documents.admin.title")}>
        <h1 class="utrecht-heading-1">{t("consultations.documents.admin.title")}</h1>
        {docs.length ? (
          <ul class="utrecht-unordered-list">
            {docs.map((d) => (
              <li class="utrecht-unordered-list__item">
                <span {...userLang(ctx)}>{d.name}</span> ({t(`consultations.documents.kind.${d.kind}`)},{" "}
                {sizeText(ctx, d.size)})
                <PostButton
                  ctx={ctx}
                  action={`${action}/${d.id}/verwijderen`}
                  label={t("consultations.documents.admin.remove", { name: d.name })}
                  variant="subtle"
                />
              </li>
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph">{t("consultations.documents.admin.none")}</p>
        )}
        <h2 class="utrecht-heading-2">{t("consultations.documents.admin.add")}</h2>
        <form method="post" action={action} enctype="multipart/form-data" class="site-form" novalidate>
          <ErrorSummary ctx={ctx} form={form} labels={labels} />
          {/* First in the form: the server checks it before it reads the file. */}
          <CsrfField ctx={ctx} />
          <FieldFrame
            ctx={ctx}
            kind="text"
            id={name.id}
            label={labels.get("name")!}
            hint={t("consultations.documents.nameHint")}
            error={name.error}
          >
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              id={name.id}
              name="name"
              maxLength={MAX_NAME}
              value={form?.values.name ?? ""}
              aria-describedby={name.describedBy}
              aria-invalid={name.error ? "true" : undefined}
            />
          </FieldFrame>
          <FieldFrame
            ctx={ctx}
            kind="text"
            id={file.id}
            label={labels.get("file")!}
            hint={t("consultations.documents.fileHint", { mb: MAX_DOCUMENT_MB })}
            error={file.error}
          >
            <input
              type="file"
              id={file.id}
              name="file"
              accept="application/pdf,.pdf,image/jpeg,image/png,image/webp,image/heic"
              aria-describedby={file.describedBy}
              aria-invalid={file.error ? "true" : undefined}
            />
          </FieldFrame>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {t("consultations.documents.admin.upload")}
            </button>
          </div>
        </form>
        <BackLink ctx={ctx} href={`/admin/raadplegingen/${c.id}`} labelKey="consultations.admin.backToConsultation" />
      </Layout>,
      status,
    );
  }

  app.get<{ Params: { id: string } }>("/admin/raadplegingen/:id/documenten", async (request, reply) => {
    requireConsultationStaff(request);
    return page(request, reply, await loadConsultation(services, request, request.params.id));
  });

  app.post("/admin/raadplegingen/:id/documenten", { config: multipartRouteConfig }, async (request, reply) => {
    const user = requireConsultationStaff(request);
    const c = await loadConsultation(services, request, (request.params as { id: string }).id);
    const upload = await readMultipartForm(request, { fileField: "file", maxFileBytes: MAX_DOCUMENT_BYTES });
    const name = (upload.fields.name ?? "").trim();
    const errors: FieldError[] = [];
    if (!name) errors.push({ field: "name", messageKey: "consultations.documents.errors.nameRequired" });
    else if ([...name].length > MAX_NAME) errors.push({ field: "name", messageKey: "forms.errors.tooLong" });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a name with control characters is refused.
    else if (/[\x00-\x1f\x7f]/.test(name)) errors.push({ field: "name", messageKey: "forms.errors.invalid" });
    let stored: { kind: "pdf" | "image"; bytes: Buffer } | null = null;
    if (upload.overLimit) errors.push({ field: "file", messageKey: "consultations.documents.errors.oneFile" });
    else if (!upload.file) errors.push({ field: "file", messageKey: "consultations.documents.errors.required" });
    else if (upload.file.tooLarge)
      errors.push({ field: "file", messageKey: "consultations.documents.errors.tooLarge" });
    else if ((await documentsOf(db, c.id)).length >= MAX_DOCUMENTS)
      errors.push({ field: "file", messageKey: "consultations.documents.errors.tooMany" });
    else {
      const verdict = documentKind(upload.file.bytes);
      if (!verdict.ok) errors.push({ field: "file", messageKey: verdict.key });
      else if (verdict.kind === "pdf") stored = { kind: "pdf", bytes: upload.file.bytes };
      else {
        try {
          const photo = await processPhoto(upload.file.bytes);
          // The largest size (at most 1600 px): the last file is the thumbnail.
          stored = { kind: "image", bytes: photo.files[photo.files.length - 2]!.bytes };
        } catch (error) {
          if (!(error instanceof PhotoRejected)) throw error;
          errors.push({ field: "file", messageKey: `consultations.documents.errors.image.${error.problem}` });
        }
      }
    }
    if (errors.length || !stored) return page(request, reply, c, { values: { name }, errors }, 400);
    const now = services.clock();
    const doc = stored;
    await db.transaction().execute(async (trx) => {
      const id = await addDocument(trx, c.id, { name, ...doc }, now);
      const entry = { siteId: request.site.id, actorUserId: user.id, subject: `consultation:${c.id}` };
      const details = { name, size: doc.bytes.length, document: id };
      await audit(trx, { ...entry, action: "consultations.document.added", details }, now);
    });
    return redirectWithFlash(reply, `/admin/raadplegingen/${c.id}/documenten`, "consultations.documents.flash.added");
  });

  app.post<{ Params: { id: string; docId: string } }>(
    "/admin/raadplegingen/:id/documenten/:docId/verwijderen",
    async (request, reply) => {
      const user = requireConsultationStaff(request);
      const c = await loadConsultation(services, request, request.params.id);
      const docId = idParam(request.params.docId);
      const now = services.clock();
      await db.transaction().execute(async (trx) => {
        const doc = await trx
          .selectFrom("consultation_documents")
          .select("name")
          .where("consultation_id", "=", c.id)
          .where("id", "=", docId)
          .executeTakeFirst();
        if (!doc || !(await removeDocument(trx, c.id, docId))) throw notFound();
        const entry = { siteId: request.site.id, actorUserId: user.id, subject: `consultation:${c.id}` };
        await audit(trx, { ...entry, action: "consultations.document.removed", details: { name: doc.name } }, now);
      });
      return redirectWithFlash(
        reply,
        `/admin/raadplegingen/${c.id}/documenten`,
        "consultations.documents.flash.removed",
      );
    },
  );
}
