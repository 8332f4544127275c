// The printable survey (docs/paper.md): staff of this site print it for a stand, a meeting or
// people who do not go online (/admin/vragenlijsten/:id/papier). Works without JavaScript.
import type { FastifyInstance } from "fastify";
import { sendPage } from "../../../core/http/render";
import type { Services } from "../../../core/services";
import { siteAreas } from "../store/consultations";
import { PaperSurveyPage } from "../views/paper-survey";
import { loadSurvey, requireConsultationStaff } from "./load";

export function registerPaperSurveyRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Params: { id: string } }>("/admin/vragenlijsten/:id/papier", async (request, reply) => {
    requireConsultationStaff(request);
    const { survey, pages } = await loadSurvey(services, request, request.params.id);
    const areas = await siteAreas(services.db.kysely, request.site.id);
    return sendPage(
      reply,
      <PaperSurveyPage
        ctx={request.pageContext()}
        survey={survey}
        pages={pages}
        areas={areas}
        back={`/admin/vragenlijsten/${survey.id}`}
      />,
    );
  });
}
