// Loading what a staff route works on: the user must manage consultations on this site, and the
// consultation, survey or question must belong to this site (404 otherwise, never another site's).
import type { FastifyRequest } from "fastify";
import type { CurrentUser } from "../../../core/auth/sessions";
import { HttpError, notFound } from "../../../core/http/errors";
import type { FieldError as CoreFieldError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import type { FieldError } from "../domain/parse-answer";
import { canManageConsultations } from "../permissions";
import { getConsultation } from "../store/consultations";
import { getSurvey, surveyPages } from "../store/surveys";

export function requireConsultationStaff(request: FastifyRequest): CurrentUser {
  const user = request.user;
  if (!user) throw new HttpError(401, "errors.loginRequired");
  if (!canManageConsultations(user, request.site.id)) throw new HttpError(403, "errors.forbidden");
  return user;
}

/** A route's numeric id; anything else is a page that does not exist. */
export function idParam(value: unknown): number {
  if (typeof value !== "string" || !/^[1-9]\d{0,9}$/.test(value)) throw notFound();
  return Number(value);
}

export async function loadConsultation(services: Services, request: FastifyRequest, id: unknown) {
  const consultation = await getConsultation(services.db.kysely, request.site.id, idParam(id));
  if (!consultation) throw notFound();
  return consultation;
}

/** A consultation staff made visible to residents, or 404: drafts do not exist for them. */
export async function loadPublishedConsultation(services: Services, request: FastifyRequest, id: unknown) {
  const consultation = await loadConsultation(services, request, id);
  if (consultation.published !== 1) throw notFound();
  return consultation;
}

export async function loadSurvey(services: Services, request: FastifyRequest, id: unknown) {
  const survey = await getSurvey(services.db.kysely, request.site.id, idParam(id));
  if (!survey) throw notFound();
  return { survey, pages: await surveyPages(services.db.kysely, survey.id) };
}

/** Domain errors (a key per field) as the core form's errors. */
export const coreErrors = (errors: readonly FieldError[]): CoreFieldError[] =>
  errors.map((e) => ({ field: e.field, messageKey: e.key }));
