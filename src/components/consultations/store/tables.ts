// Table types of the consultations component, added to the core's Database type.
import type { Generated, Selectable } from "kysely";
import type { QuestionType } from "../domain/questions";

export interface ConsultationsTable {
  id: Generated<number>;
  site_id: number;
  title: string;
  summary: string;
  body: string;
  contact_user_id: number | null;
  created_at: string;
  updated_at: string;
  /** The point on the map (micro-degrees) and its address text; see docs/maps.md. */
  location_lat_e6: number | null;
  location_lng_e6: number | null;
  location_address: string | null;
  /** 1: residents may answer its surveys without an account (migrations/2026-12-05-survey-answering.ts). */
  anonymous_answers: Generated<number>;
  /** 1 when residents see it (migration 2026-12-05-consultation-pages). */
  published: Generated<number>;
}
export interface ConsultationAreasTable {
  consultation_id: number;
  area_id: number;
}
export interface ConsultationPhasesTable {
  id: Generated<number>;
  consultation_id: number;
  position: number;
  name: string;
  starts_on: string;
  ends_on: string;
}
export interface SurveysTable {
  id: Generated<number>;
  site_id: number;
  consultation_id: number;
  title: string;
  intro: string;
  closes_on: string;
  published: number;
  created_at: string;
  updated_at: string;
  /** 1: results are public while the survey is still open (after closing they always are). */
  results_public: Generated<number>;
}
export interface SurveyPagesTable {
  id: Generated<number>;
  survey_id: number;
  position: number;
  title: string;
}
export interface SurveyQuestionsTable {
  id: Generated<number>;
  survey_id: number;
  page_id: number;
  position: number;
  type: QuestionType;
  spec: string; // JSON: the Question without id and type
}

export interface SurveyResponsesTable {
  id: Generated<number>;
  survey_id: number;
  user_id: number | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  /** See migrations/2026-12-04-survey-response-source.ts. */
  source: Generated<ResponseSource>;
  verified: Generated<number>;
  area_id: number | null;
  /** Anonymous responses: the SHA-256 of the token in the visitor's cookie. */
  anonymous_key: string | null;
  /** Paper responses: see migrations/2026-12-06-survey-paper-entry.ts. */
  paper_batch_id: number | null;
  entered_by: number | null;
  entered_at: string | null;
  /** A response given with an answer code (migrations/2026-12-06-survey-answer-codes.ts). */
  code_id: Generated<number | null>;
}
/** Where a response came from; see the migrations of survey_responses.source. */
export type ResponseSource = "online" | "anonymous" | "paper" | "code";
/** An answer code: only its keyed hash is stored. */
export interface SurveyAnswerCodesTable {
  id: Generated<number>;
  survey_id: number;
  code_hash: string;
  area_id: number | null;
  created_at: string;
  used_at: string | null;
}
export interface SurveyAnswersTable {
  response_id: number;
  question_id: number;
  value: string; // JSON
}

export interface ConsultationReportsTable {
  consultation_id: number;
  asked: string;
  heard: string;
  published_at: string | null;
  announced_at: string | null;
  updated_at: string;
}
export interface ConsultationReportPointsTable {
  id: Generated<number>;
  consultation_id: number;
  position: number;
  point: string;
  decision: "adopted" | "partly" | "not";
  reason: string;
}
/** A hidden open answer (migrations/2026-12-05-survey-results.ts); deleted to show it again. */
export interface SurveyAnswerModerationTable {
  response_id: number;
  question_id: number;
  reason: string;
  hidden_by: number | null;
  hidden_at: string;
}
export interface SurveyThemesTable {
  id: Generated<number>;
  survey_id: number;
  name: string;
  created_at: string;
}
export interface SurveyAnswerThemesTable {
  theme_id: number;
  response_id: number;
  question_id: number;
}

declare module "../../../core/db/types" {
  interface Database {
    consultations: ConsultationsTable;
    consultation_areas: ConsultationAreasTable;
    consultation_phases: ConsultationPhasesTable;
    surveys: SurveysTable;
    survey_pages: SurveyPagesTable;
    survey_questions: SurveyQuestionsTable;
    survey_responses: SurveyResponsesTable;
    survey_answers: SurveyAnswersTable;
    consultation_reports: ConsultationReportsTable;
    consultation_report_points: ConsultationReportPointsTable;
    survey_answer_moderation: SurveyAnswerModerationTable;
    survey_themes: SurveyThemesTable;
    survey_answer_themes: SurveyAnswerThemesTable;
    survey_answer_codes: SurveyAnswerCodesTable;
  }
}

export type ConsultationRow = Selectable<ConsultationsTable>;
export type SurveyRow = Selectable<SurveysTable>;
export type SurveyResponseRow = Selectable<SurveyResponsesTable>;
