// The public results page of a survey (/vragenlijsten/{id}/resultaten): only when the results are
// public (domain/publicity.ts), otherwise 404 as if it did not exist yet. No filters (small groups
// in an area or on paper could point to a person) and no open answers' texts (see docs).
import type { FastifyInstance } from "fastify";
import { notFound } from "../../../core/http/errors";
import { sendPage } from "../../../core/http/render";
import type { Services } from "../../../core/services";
import { resultsPublic, surveyPublicity } from "../domain/publicity";
import { surveyOpen } from "../domain/timeline";
import { PublicResultsPage } from "../views/results-page";
import { loadSurvey } from "./load";
import { loadResults } from "./results-data";

export function registerPublicResultsRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Params: { id: string } }>("/vragenlijsten/:id/resultaten", async (request, reply) => {
    const { survey, pages } = await loadSurvey(services, request, request.params.id);
    const now = services.clock();
    if (!resultsPublic(surveyPublicity(survey), now)) throw notFound();
    const { report, areaNames, paperRespondents } = await loadResults(
      services.db.kysely,
      request.site.id,
      survey.id,
      pages,
      {},
      true,
    );
    return sendPage(
      reply,
      <PublicResultsPage
        ctx={request.pageContext()}
        survey={survey}
        respondents={report.respondents}
        paperRespondents={paperRespondents}
        questions={report.questions}
        areaNames={areaNames}
        open={surveyOpen({ published: true, closesOn: survey.closes_on }, now)}
      />,
    );
  });
}
