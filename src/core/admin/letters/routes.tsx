// /admin/briefcodes (admins): letter codes that verify residents. Upload an address list (CSV:
// address, postcode, area) and receive the codes once, as a CSV for the mail merge or as printable
// letters; see the batches and how many of their codes were used; revoke a batch. A file with any
// problem creates nothing and is answered with every problem and its line.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { multipartRouteConfig, readMultipartForm } from "../../http/multipart-form";
import { notFound } from "../../http/errors";
import { redirectWithFlash, sendPage } from "../../http/render";
import type { FieldError } from "../../http/errors";
import {
  decodeAddressFile,
  MAX_ADDRESS_FILE_BYTES,
  MAX_PRINTED_LETTERS,
  readAddressList,
} from "../../identity/letters/address-csv";
import { createLetterBatch, revokeLetterBatch } from "../../identity/letters/commands";
import { lettersCsv } from "../../identity/letters/letters-csv";
import { VERIFY_PATH } from "../../identity/letters/routes";
import { findBatch, listBatches } from "../../identity/letters/store";
import { CONTROL_CHARACTER_KEY, isSingleLineText } from "../../http/text-rules";
import type { Services } from "../../services";
import { listAreas } from "../../sites/store";
import type { FormState } from "../../views/forms";
import { idFromParams, requireAdmin } from "../guard";
import { LettersPrintPage } from "./letter-pages";
import { type FileProblems, LetterBatchesPage } from "./views";

const MAX_LABEL = 100;

export function registerLetterRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function showList(
    request: FastifyRequest,
    reply: FastifyReply,
    form?: FormState,
    problems?: FileProblems,
    status = 200,
  ) {
    const areas = await listAreas(db, request.site.id);
    return sendPage(
      reply,
      <LetterBatchesPage
        ctx={request.pageContext()}
        batches={await listBatches(db, request.site.id)}
        form={form}
        problems={problems}
        areaNames={areas.map((a) => a.name)}
      />,
      status,
    );
  }

  app.get("/admin/briefcodes", async (request, reply) => {
    requireAdmin(request);
    reply.header("cache-control", "no-store");
    return showList(request, reply);
  });

  app.post("/admin/briefcodes", { config: multipartRouteConfig }, async (request, reply) => {
    const actor = requireAdmin(request);
    const upload = await readMultipartForm(request, { fileField: "addresses", maxFileBytes: MAX_ADDRESS_FILE_BYTES });
    const label = (upload.fields.label ?? "").trim();
    const format = upload.fields.format === "letters" ? "letters" : "csv";
    const values = { label: upload.fields.label ?? "", format };
    const errors: FieldError[] = [];
    if (label.length > MAX_LABEL) errors.push({ field: "label", messageKey: "letters.admin.errors.labelTooLong" });
    else if (!isSingleLineText(label)) errors.push({ field: "label", messageKey: CONTROL_CHARACTER_KEY });
    if (upload.overLimit) errors.push({ field: "addresses", messageKey: "letters.admin.errors.oneFile" });
    else if (!upload.file) errors.push({ field: "addresses", messageKey: "letters.admin.errors.fileRequired" });
    else if (upload.file.tooLarge) errors.push({ field: "addresses", messageKey: "letters.admin.errors.tooLarge" });
    let problems: FileProblems | undefined;
    let rows = null;
    if (errors.length === 0 && upload.file) {
      const text = decodeAddressFile(upload.file.bytes);
      const result = readAddressList(text, await listAreas(db, request.site.id));
      if (result.ok && format === "letters" && result.rows.length > MAX_PRINTED_LETTERS)
        errors.push({ field: "format", messageKey: "letters.admin.errors.tooManyToPrint" });
      else if (result.ok) rows = result.rows;
      else {
        problems = { shown: result.problems, total: result.total };
        errors.push({ field: "addresses", messageKey: "letters.admin.errors.problems" });
      }
    }
    if (!rows || errors.length) return showList(request, reply, { values, errors }, problems, 400);

    const { codes } = await createLetterBatch(services, request.site, actor.id, label, rows);
    const verifyUrl = `${request.siteUrl}${VERIFY_PATH}`;
    // The codes exist only in this answer: never cached, by the browser or anything between.
    reply.header("cache-control", "no-store");
    if (format === "letters")
      return sendPage(
        reply,
        <LettersPrintPage ctx={request.pageContext()} rows={rows} codes={codes} verifyUrl={verifyUrl} />,
      );
    const date = services.clock().toISOString().slice(0, 10);
    return reply
      .header("content-disposition", `attachment; filename="briefcodes-${request.site.slug}-${date}.csv"`)
      .type("text/csv; charset=utf-8")
      .send(`\uFEFF${lettersCsv(rows, codes, verifyUrl)}`);
  });

  app.post("/admin/briefcodes/:id/intrekken", async (request, reply) => {
    const actor = requireAdmin(request);
    const batch = await findBatch(db, request.site.id, idFromParams(request.params));
    if (!batch) throw notFound();
    await revokeLetterBatch(services, batch, actor.id);
    return redirectWithFlash(reply, "/admin/briefcodes", "letters.admin.flash.revoked");
  });
}
