// Importing a pabulib .pb file as a finished process (admins). The text comes from a textarea
// (multipart uploads are not installed); a malformed file re-shows the form with the line.
import type { FastifyInstance } from "fastify";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formValues, parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import { MANAGERS } from "../permissions";
import type { Services } from "../../../core/services";
import { importPb } from "../commands/import-pb";
import { ElectionError } from "../domain/profile";
import { PabulibParseError } from "../pabulib/index";
import { ImportPage } from "../views/admin-pages";
import { importSchema } from "./schemas";

export function registerAdminImportRoutes(app: FastifyInstance, services: Services): void {
  app.get("/admin/begroting/importeren", async (request, reply) => {
    requireRole(request.user, ...MANAGERS);
    return sendPage(reply, <ImportPage ctx={request.pageContext()} form={{ values: {}, errors: [] }} />);
  });

  app.post("/admin/begroting/importeren", async (request, reply) => {
    const user = requireRole(request.user, ...MANAGERS);
    const parsed = parseForm(importSchema, request.body);
    if (!parsed.ok) return sendPage(reply, <ImportPage ctx={request.pageContext()} form={parsed.form} />, 400);
    try {
      const process = await importPb(services, parsed.data.pb, {
        siteId: request.site.id,
        title: parsed.data.title || undefined,
        method: parsed.data.method || undefined,
        actorUserId: user.id,
      });
      return redirectWithFlash(reply, `/admin/begroting/${process.id}`, "budgeting.flash.imported");
    } catch (error) {
      if (!(error instanceof PabulibParseError) && !(error instanceof ElectionError)) throw error;
      const lineError =
        error instanceof PabulibParseError
          ? request.t("budgeting.import.lineError", { line: error.line, detail: error.detail })
          : request.t("budgeting.import.otherError", { detail: error.message });
      const form = {
        values: formValues(request.body),
        errors: [{ field: "pb", messageKey: "budgeting.import.malformed" }],
      };
      return sendPage(reply, <ImportPage ctx={request.pageContext()} form={form} lineError={lineError} />, 400);
    }
  });
}
