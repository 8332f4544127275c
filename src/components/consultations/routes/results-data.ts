// Loads what a results page or the API shows: the survey's sent responses (filtered), hidden
// answers, themes and tags, turned into the report by domain/survey-report.ts, and how many of the
// counted responses came from paper.
import type { Executor } from "../../../core/db/database";
import { allQuestions, type SurveyPage } from "../domain/questions";
import type { ResultFilter } from "../domain/result-filters";
import { surveyReport } from "../domain/survey-report";
import { siteAreas } from "../store/consultations";
import { hiddenAnswerKeys, surveyTags, surveyThemes } from "../store/open-answers";
import { filterResponses, sentResponses } from "../store/responses";

export async function loadResults(
  db: Executor,
  siteId: number,
  surveyId: number,
  pages: readonly SurveyPage[],
  filter: ResultFilter,
  publicView: boolean,
) {
  const [all, hidden, tags, themes, areas] = await Promise.all([
    sentResponses(db, surveyId),
    hiddenAnswerKeys(db, surveyId),
    surveyTags(db, surveyId),
    surveyThemes(db, surveyId),
    siteAreas(db, siteId),
  ]);
  const responses = filterResponses(all, filter);
  const report = surveyReport({
    questions: allQuestions(pages),
    responses,
    hidden,
    tags,
    themes,
    areaIds: areas.map((a) => a.id),
    publicView,
  });
  // "waarvan N op papier" (docs/paper.md): of the responses counted, those typed in from paper.
  const paperRespondents = responses.filter((r) => r.source === "paper").length;
  const areaNames = new Map(areas.map((a) => [a.id, a.name]));
  return { all, responses, report, paperRespondents, areas, areaNames };
}
