// Importing a Pol.is openData export from pasted CSV texts, as a closed conversation. A malformed
// file is named with its line, and nothing is imported.
import type { FastifyInstance } from "fastify";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { emptyForm } from "../../../core/views/forms";
import { importConversation } from "../commands/import-conversation";
import { OpenDataParseError } from "../opendata/parse-error";
import { parseOpenDataExport } from "../opendata/parse-export";
import { ImportPage } from "../views/import-page";
import { importForm } from "./schemas";

export function registerImportRoutes(app: FastifyInstance, services: Services): void {
  app.get("/admin/gesprekken/importeren", async (request, reply) => {
    requireRole(request.user, "admin", "official");
    return sendPage(reply, <ImportPage ctx={request.pageContext()} form={emptyForm()} />);
  });

  app.post("/admin/gesprekken/importeren", async (request, reply) => {
    const user = requireRole(request.user, "admin", "official");
    const parsed = parseForm(importForm, request.body);
    if (!parsed.ok) return sendPage(reply, <ImportPage ctx={request.pageContext()} form={parsed.form} />, 400);
    const f = parsed.data;
    try {
      const data = parseOpenDataExport({
        comments: f.comments,
        votes: f.votes,
        participantsVotes: f.participantsVotes.trim() ? f.participantsVotes : undefined,
        summary: f.summary.trim() ? f.summary : undefined,
      });
      const conversation = await importConversation(services, {
        siteId: request.site.id,
        actorUserId: user.id,
        topic: f.topic,
        data,
      });
      return redirectWithFlash(reply, `/gesprekken/${conversation.id}/resultaten`, "opinions.flash.imported");
    } catch (error) {
      if (!(error instanceof OpenDataParseError)) throw error;
      const problem = request.t("opinions.import.problem", {
        file: error.file,
        line: error.line,
        detail: error.detail,
      });
      return sendPage(
        reply,
        <ImportPage
          ctx={request.pageContext()}
          form={emptyForm({
            topic: f.topic,
            comments: f.comments,
            votes: f.votes,
            participantsVotes: f.participantsVotes,
            summary: f.summary,
          })}
          problem={problem}
        />,
        400,
      );
    }
  });
}
