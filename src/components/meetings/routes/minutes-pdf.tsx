// The minutes as a PDF: organisers upload one per meeting (replacing the last), residents download
// it from the meeting page. The type is read from the content (domain/pdf-check.ts); the file is
// served as a download with nosniff, so a browser never runs it as a page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { audit } from "../../../core/audit/log";
import type { FieldError } from "../../../core/http/errors";
import { HttpError } from "../../../core/http/errors";
import { multipartRouteConfig, readMultipartForm } from "../../../core/http/multipart-form";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import type { Services } from "../../../core/services";
import { CsrfField, ErrorSummary, FieldFrame, fieldState, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { checkPdf } from "../domain/pdf-check";
import { requireOrganiser } from "../permissions";
import { loadMeeting, type MeetingWithArea } from "../store/meetings";
import { parseParams } from "./load";
import { meetingParams } from "./schemas";

export const MAX_PDF_MB = 10;

function UploadPage({
  request,
  meeting,
  form,
}: {
  request: FastifyRequest;
  meeting: MeetingWithArea;
  form?: FormState;
}) {
  const ctx = request.pageContext();
  const t = ctx.t;
  const { id, error, describedBy } = fieldState(form, "pdf", true);
  const action = `/admin/bijeenkomsten/${meeting.id}/verslag-pdf`;
  return (
    <Layout ctx={ctx} title={t("meetings.admin.pdfTitle", { title: meeting.title })}>
      <h1 class="utrecht-heading-1">{t("meetings.admin.pdfTitle", { title: meeting.title })}</h1>
      <form method="post" action={action} enctype="multipart/form-data" class="site-form" novalidate>
        <ErrorSummary ctx={ctx} form={form} labels={new Map([["pdf", t("meetings.fields.pdf")]])} />
        {/* First in the form: the server checks it before it reads the file. */}
        <CsrfField ctx={ctx} />
        <FieldFrame
          ctx={ctx}
          kind="text"
          id={id}
          label={t("meetings.fields.pdf")}
          hint={t("meetings.fields.pdfHint", { mb: MAX_PDF_MB })}
          error={error}
        >
          <input
            type="file"
            id={id}
            name="pdf"
            accept="application/pdf,.pdf"
            required
            aria-describedby={describedBy}
            aria-invalid={error ? "true" : undefined}
          />
        </FieldFrame>
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {t("meetings.admin.pdfSubmit")}
          </button>
        </div>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/admin/bijeenkomsten/${meeting.id}`}>
          {t("meetings.admin.back")}
        </a>
      </p>
    </Layout>
  );
}

export function registerMinutesPdfRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const load = (request: FastifyRequest) => {
    requireOrganiser(request.user);
    return loadMeeting(db, request.site.id, parseParams(meetingParams, request.params).id);
  };

  app.get("/admin/bijeenkomsten/:id/verslag-pdf", async (request, reply) => {
    const meeting = await load(request);
    return sendPage(reply, <UploadPage request={request} meeting={meeting} />);
  });

  app.post("/admin/bijeenkomsten/:id/verslag-pdf", { config: multipartRouteConfig }, async (request, reply) => {
    const meeting = await load(request);
    const upload = await readMultipartForm(request, { fileField: "pdf", maxFileBytes: MAX_PDF_MB * 1024 * 1024 });
    const errors: FieldError[] = [];
    if (upload.overLimit) errors.push({ field: "pdf", messageKey: "meetings.errors.pdfOneFile" });
    else if (!upload.file) errors.push({ field: "pdf", messageKey: "meetings.errors.pdfRequired" });
    else if (upload.file.tooLarge) errors.push({ field: "pdf", messageKey: "meetings.errors.pdfTooLarge" });
    else {
      const verdict = checkPdf(upload.file.bytes);
      if (verdict !== "ok") errors.push({ field: "pdf", messageKey: `meetings.errors.pdf.${verdict}` });
    }
    if (errors.length)
      return sendPage(reply, <UploadPage request={request} meeting={meeting} form={{ values: {}, errors }} />, 400);
    const bytes = upload.file!.bytes;
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom("meeting_minutes_files").where("meeting_id", "=", meeting.id).execute();
      await trx
        .insertInto("meeting_minutes_files")
        .values({ meeting_id: meeting.id, bytes, size: bytes.length, uploaded_at: now.toISOString() })
        .execute();
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: request.user!.id,
          action: "meetings.minutesPdf",
          subject: `meeting:${meeting.id}`,
          details: { size: bytes.length },
        },
        now,
      );
    });
    return redirectWithFlash(reply, `/admin/bijeenkomsten/${meeting.id}`, "meetings.flash.saved");
  });

  app.get("/bijeenkomsten/:id/verslag.pdf", async (request, reply: FastifyReply) => {
    const meeting = await loadMeeting(db, request.site.id, parseParams(meetingParams, request.params).id);
    const file = await db
      .selectFrom("meeting_minutes_files")
      .selectAll()
      .where("meeting_id", "=", meeting.id)
      .executeTakeFirst();
    if (!file) throw new HttpError(404, "errors.notFound");
    return reply
      .type("application/pdf")
      .header("Content-Disposition", `attachment; filename="verslag-${meeting.id}.pdf"`)
      .header("X-Content-Type-Options", "nosniff")
      .header("Cache-Control", "public, max-age=300")
      .send(Buffer.from(file.bytes));
  });
}
