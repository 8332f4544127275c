// The consultations part of the OpenAPI document at /api/v1/openapi.json (merged by the ideas
// component's document route, see manifest.openApi), following the same conventions.
import { QUESTION_TYPES } from "../domain/questions";
import { openApi } from "../../../core/http/open-data-api";

const { problem, link, ref, idParam, json } = openApi;

const nullableNumber = { type: "number", nullable: true };

export const CONSULTATIONS_OPENAPI = {
  paths: {
    "/consultations": {
      get: {
        operationId: "listConsultations",
        summary: "List the public consultations of this site, newest first",
        description:
          "A consultation is public once one of its surveys is open to residents or its first phase has begun.",
        parameters: [
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: { "200": json("A page of consultations", "ConsultationPage"), "400": problem },
      },
    },
    "/consultations/{id}": {
      get: {
        operationId: "getConsultation",
        summary: "One consultation with its surveys, polls and linked parts",
        parameters: [idParam],
        responses: { "200": json("The consultation", "ConsultationDetail"), "400": problem, "404": problem },
      },
    },
    "/surveys/{id}/results": {
      get: {
        operationId: "getSurveyResults",
        summary: "The results of a survey, per question",
        description:
          "Public once the survey has closed, or while it is open when staff chose to publish its results; " +
          "404 otherwise. Open answers are counted, never given: their texts are not public. Hidden " +
          "(moderated) answers are not counted.",
        parameters: [idParam],
        responses: { "200": json("The survey's results", "SurveyResults"), "400": problem, "404": problem },
      },
    },
  },
  schemas: {
    Consultation: {
      type: "object",
      required: ["id", "title", "summary", "areas", "phases", "location", "createdAt", "updatedAt", "_links"],
      properties: {
        id: { type: "integer" },
        title: { type: "string" },
        summary: { type: "string" },
        areas: {
          type: "array",
          items: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } },
        },
        phases: {
          type: "array",
          description: "The timeline; days are calendar days in Europe/Amsterdam, both inclusive",
          items: {
            type: "object",
            properties: {
              name: { type: "string" },
              startsOn: { type: "string", format: "date" },
              endsOn: { type: "string", format: "date" },
              current: { type: "boolean" },
            },
          },
        },
        location: {
          type: "object",
          nullable: true,
          properties: { lat: nullableNumber, lng: nullableNumber, address: { type: "string", nullable: true } },
        },
        createdAt: { type: "string", format: "date-time" },
        updatedAt: { type: "string", format: "date-time" },
        _links: { type: "object", properties: { self: link } },
      },
    },
    ConsultationDetail: {
      allOf: [
        ref("Consultation"),
        {
          type: "object",
          required: ["text", "surveys", "polls", "linkedParts"],
          properties: {
            text: { type: "string", description: "Markdown subset" },
            surveys: { type: "array", items: ref("SurveySummary") },
            polls: {
              type: "array",
              description: "The consultation's published polls; votes are null until anyone may see them",
              items: {
                type: "object",
                properties: {
                  id: { type: "integer" },
                  question: { type: "string" },
                  closed: { type: "boolean" },
                  resultsShown: { type: "string", enum: ["afterVote", "afterClose"] },
                  totalVotes: { type: "integer", nullable: true },
                  choices: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        id: { type: "integer" },
                        label: { type: "string" },
                        votes: { type: "integer", nullable: true },
                        percent: { type: "number", nullable: true },
                      },
                    },
                  },
                },
              },
            },
            linkedParts: {
              type: "array",
              description: "Linked opinion-map conversations, ideas processes and budgets on the same site",
              items: {
                type: "object",
                properties: {
                  kind: { type: "string", description: "The component: opinions, ideas or budgeting" },
                  id: { type: "integer" },
                  title: { type: "string" },
                  open: { type: "boolean", description: "Residents can take part now" },
                  url: { type: "string", format: "uri" },
                },
              },
            },
          },
        },
      ],
    },
    ConsultationPage: openApi.page("consultations", "Consultation"),
    SurveySummary: {
      type: "object",
      required: ["id", "title", "intro", "closesOn", "open", "resultsPublic", "_links"],
      properties: {
        id: { type: "integer" },
        title: { type: "string" },
        intro: { type: "string" },
        closesOn: { type: "string", format: "date", description: "The last day answers are taken (Europe/Amsterdam)" },
        open: { type: "boolean" },
        resultsPublic: { type: "boolean" },
        _links: { type: "object", properties: { results: link } },
      },
    },
    SurveyResultOption: {
      type: "object",
      required: ["value", "label", "count", "percent", "meanPosition"],
      properties: {
        value: { type: "integer", description: "Choice position (0-based), scale value or area id" },
        label: { type: "string" },
        count: { type: "integer", nullable: true, description: "null for ranking" },
        percent: { ...nullableNumber, description: "Of those who answered the question, one decimal" },
        meanPosition: { ...nullableNumber, description: "Ranking only: mean place, 1 is first" },
      },
    },
    SurveyQuestionResult: {
      type: "object",
      required: [
        "id",
        "type",
        "label",
        "answered",
        "options",
        "rows",
        "postcodes",
        "statistics",
        "openAnswers",
        "themes",
      ],
      properties: {
        id: { type: "integer" },
        type: { type: "string", enum: QUESTION_TYPES },
        label: { type: "string" },
        answered: { type: "integer", description: "Respondents who answered this question" },
        options: { type: "array", items: ref("SurveyResultOption"), description: "Empty for number, text and grid" },
        rows: {
          type: "array",
          nullable: true,
          description: "Grid only",
          items: {
            type: "object",
            properties: {
              value: { type: "integer" },
              label: { type: "string" },
              answered: { type: "integer" },
              options: { type: "array", items: ref("SurveyResultOption") },
            },
          },
        },
        postcodes: {
          type: "array",
          nullable: true,
          description: "Area question only: the four digits of postcodes given instead of an area",
          items: {
            type: "object",
            properties: { postcode: { type: "string" }, count: { type: "integer" }, percent: { type: "number" } },
          },
        },
        statistics: {
          type: "object",
          nullable: true,
          description: "Number only",
          properties: { mean: nullableNumber, median: nullableNumber, min: nullableNumber, max: nullableNumber },
        },
        openAnswers: { type: "integer", nullable: true, description: "Short and long text only" },
        themes: {
          type: "array",
          nullable: true,
          description: "Short and long text only: the survey's themes and how many answers carry each",
          items: { type: "object", properties: { name: { type: "string" }, count: { type: "integer" } } },
        },
      },
    },
    SurveyResults: {
      type: "object",
      required: [
        "id",
        "consultationId",
        "title",
        "closesOn",
        "open",
        "respondents",
        "paperRespondents",
        "questions",
        "_links",
      ],
      properties: {
        id: { type: "integer" },
        consultationId: { type: "integer" },
        title: { type: "string" },
        closesOn: { type: "string", format: "date" },
        open: { type: "boolean" },
        respondents: { type: "integer", description: "Sent responses" },
        paperRespondents: { type: "integer", description: "Of the sent responses, those typed in from paper forms" },
        questions: { type: "array", items: ref("SurveyQuestionResult") },
        _links: { type: "object", properties: { self: link, html: link, consultation: link } },
      },
    },
  },
};
