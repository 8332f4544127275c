// Answer codes (docs/consultations.md, "Answer codes"). Staff who manage the survey make codes at
// /admin/vragenlijsten/:id/codes and receive them once, as a CSV for a mail merge or as printable
// slips (only hashes are kept). A resident enters one at /vragenlijsten/:id/code (or on the
// survey's start page): answer-rules.ts says whether codes are taken; a valid code leads to its
// one response, through a cookie token as anonymous answers use. Every attempt counts against the
// address's limit before anything is looked up, as for budgeting's voting codes.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { countCodeAttempt } from "../../../core/codes/code-attempts";
import { codesCsv } from "../../../core/codes/codes-csv";
import { normalizeCode } from "../../../core/codes/one-time-codes";
import { conflict, notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formWithErrors, parseFormWith } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import { mayEnterCode } from "../answer-rules";
import { surveyOpen } from "../domain/timeline";
import { siteAreas } from "../store/consultations";
import { getSurvey } from "../store/surveys";
import type { SurveyRow } from "../store/tables";
import { idParam, loadSurvey, requireConsultationStaff } from "../routes/load";
import { newCodeToken } from "../routes/respondent";
import { CODE_REFUSED, MAX_ANSWER_CODES, MAX_PRINTED_CODES } from "./answer-codes";
import { generateAnswerCodes, redeemAnswerCode } from "./commands";
import { answerCodeCounts, surveyHasCodes } from "./store";
import { AnswerCodePage, AnswerCodesAdminPage, AnswerCodesPrintPage } from "./views";

type Params = { Params: { id: string } };

const generateSchema = z.object({
  count: z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, "consultations.codes.badCount")
    .transform(Number)
    .pipe(z.number().min(1, "consultations.codes.badCount").max(MAX_ANSWER_CODES, "consultations.codes.badCount")),
  areaId: z
    .string()
    .regex(/^(\d{1,9})?$/, "forms.errors.invalid")
    .default(""),
  format: z.enum(["csv", "print"], { message: "forms.errors.invalid" }).default("csv"),
});

const open = (survey: SurveyRow, now: Date) => surveyOpen({ published: true, closesOn: survey.closes_on }, now);

export function registerAnswerCodeRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function adminPage(request: FastifyRequest, survey: SurveyRow, form?: ReturnType<typeof formWithErrors>) {
    return (
      <AnswerCodesAdminPage
        ctx={request.pageContext()}
        survey={survey}
        counts={await answerCodeCounts(db, survey.id)}
        areas={await siteAreas(db, request.site.id)}
        open={open(survey, services.clock())}
        form={form}
      />
    );
  }

  app.get<Params>("/admin/vragenlijsten/:id/codes", async (request, reply) => {
    requireConsultationStaff(request);
    const { survey } = await loadSurvey(services, request, request.params.id);
    return sendPage(reply, await adminPage(request, survey));
  });

  app.post<Params>("/admin/vragenlijsten/:id/codes", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const { survey } = await loadSurvey(services, request, request.params.id);
    // Codes for a survey that can no longer be answered would only disappoint whoever gets them.
    if (!open(survey, services.clock())) throw conflict("consultations.codes.closed");
    const areas = await siteAreas(db, request.site.id);
    const parsed = parseFormWith(generateSchema, request.body, (values) => [
      ...(values.areaId && !areas.some((a) => String(a.id) === values.areaId)
        ? [{ field: "areaId", messageKey: "forms.errors.invalid" }]
        : []),
      ...(values.format === "print" && Number(values.count) > MAX_PRINTED_CODES
        ? [{ field: "format", messageKey: "consultations.codes.tooManyToPrint" }]
        : []),
    ]);
    if (!parsed.ok) return sendPage(reply, await adminPage(request, survey, parsed.form), 400);
    const { count, areaId, format } = parsed.data;
    const codes = await generateAnswerCodes(services, survey, count, user.id, areaId === "" ? null : Number(areaId));
    const url = `${request.siteUrl}/vragenlijsten/${survey.id}/code`;
    // The codes exist only in this answer: never cached, by the browser or anything between.
    reply.header("cache-control", "no-store");
    if (format === "print")
      return sendPage(
        reply,
        <AnswerCodesPrintPage ctx={request.pageContext()} survey={survey} codes={codes} url={url} />,
      );
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="antwoordcodes-${survey.id}.csv"`)
      .send(`\uFEFF${codesCsv({ code: "antwoordcode", title: "vragenlijst" }, survey.title, url, codes)}`);
  });

  /** The published survey, if it takes codes now (answer-rules.ts); else 404 or 409. */
  async function codeSurvey(request: FastifyRequest<Params>): Promise<SurveyRow> {
    const survey = await getSurvey(db, request.site.id, idParam(request.params.id));
    if (!survey) throw notFound();
    if (survey.published !== 1) throw notFound();
    const verdict = mayEnterCode(
      { published: true, closesOn: survey.closes_on },
      await surveyHasCodes(db, survey.id),
      services.clock(),
    );
    if (!verdict.ok && verdict.reason === "no-codes") throw notFound();
    if (!verdict.ok) throw conflict("consultations.errors.closed");
    return survey;
  }

  app.get<Params>("/vragenlijsten/:id/code", async (request, reply) => {
    const survey = await codeSurvey(request);
    return sendPage(reply, <AnswerCodePage ctx={request.pageContext()} survey={survey} />);
  });

  app.post<Params>("/vragenlijsten/:id/code", async (request, reply) => {
    const survey = await codeSurvey(request);
    // Every attempt counts, before anything is looked up.
    await countCodeAttempt(services, "survey-code", request.ip);
    const typed = (request.body as Record<string, unknown> | undefined)?.code;
    const code = typeof typed === "string" && typed.length <= 40 ? normalizeCode(typed) : null;
    const refused = () =>
      sendPage(
        reply,
        <AnswerCodePage
          ctx={request.pageContext()}
          survey={survey}
          form={formWithErrors({ code: typeof typed === "string" ? typed.slice(0, 40) : "" }, [
            { field: "code", messageKey: CODE_REFUSED },
          ])}
        />,
        400,
      );
    if (!code) return refused();
    const token = newCodeToken(request, reply, survey.id);
    if (!(await redeemAnswerCode(services, survey.id, code, token.keyHash))) return refused();
    token.give();
    return redirectWithFlash(reply, `/vragenlijsten/${survey.id}`, "consultations.codes.accepted");
  });
}
