// The budgeting part of the OpenAPI document at /api/v1/openapi.json (merged by the ideas
// component's document route, see manifest.openApi), following the same conventions.
import { METHODS } from "../commands/process-method";
import { BALLOT_TYPES } from "../domain/ballot-rules";
import { PHASES } from "../domain/process-rules";
import { openApi } from "../../../core/http/open-data-api";

const { problem, link, ref, idParam, json } = openApi;

const instant = { type: "string", format: "date-time", nullable: true };
const area = {
  type: "object",
  nullable: true,
  properties: { id: { type: "integer" }, name: { type: "string" } },
};
const money = (description: string) => ({ type: "number", description });

export const BUDGETS_OPENAPI = {
  paths: {
    "/budgets": {
      get: {
        operationId: "listBudgets",
        summary: "List the participatory budgets of this site, newest first",
        parameters: [
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: { "200": json("A page of budgets", "BudgetPage"), "400": problem },
      },
    },
    "/budgets/{id}": {
      get: {
        operationId: "getBudget",
        summary: "One budget with its pools and projects",
        parameters: [idParam],
        responses: { "200": json("The budget", "BudgetDetail"), "400": problem, "404": problem },
      },
    },
    "/budgets/{id}/results": {
      get: {
        operationId: "getBudgetResults",
        summary: "The outcome per pool, with each project's votes and why it was or was not chosen",
        description:
          "Public once the vote has closed (phase results or implementation); 404 before. The outcome is " +
          "the one counted when the vote closed. Texts are in the site's language.",
        parameters: [idParam],
        responses: { "200": json("The results", "BudgetResults"), "400": problem, "404": problem },
      },
    },
  },
  schemas: {
    Budget: {
      type: "object",
      required: [
        "id",
        "title",
        "description",
        "area",
        "budget",
        "currency",
        "phase",
        "imported",
        "proposalsOpen",
        "votingOpen",
        "resultsPublic",
        "windows",
        "createdAt",
        "updatedAt",
        "_links",
      ],
      properties: {
        id: { type: "integer" },
        title: { type: "string" },
        description: { type: "string", description: "Markdown subset" },
        area: { ...area, description: "The area the budget is for; null for the whole site" },
        budget: money("The main pool's budget, in whole currency units"),
        currency: { type: "string", description: "ISO 4217, e.g. EUR" },
        phase: { type: "string", enum: PHASES },
        imported: { type: "boolean", description: "Imported from a .pb file: its ballots were cast elsewhere" },
        proposalsOpen: { type: "boolean", description: "Residents can propose projects now" },
        votingOpen: { type: "boolean", description: "Residents can vote now" },
        resultsPublic: { type: "boolean", description: "The vote has closed and the results are public" },
        windows: {
          type: "object",
          description: "The time plan staff set (UTC); null where none is set",
          properties: {
            proposalsOpenAt: instant,
            proposalsCloseAt: instant,
            votingOpenAt: instant,
            votingCloseAt: instant,
          },
        },
        createdAt: { type: "string", format: "date-time" },
        updatedAt: { type: "string", format: "date-time" },
        _links: { type: "object", properties: { self: link, html: link, results: link } },
      },
    },
    BudgetPage: openApi.page("budgets", "Budget"),
    BudgetPool: {
      type: "object",
      required: ["id", "main", "name", "area", "budget", "ballotType", "method", "methodName"],
      description: "A part of the budget with its own money and counting rule; the main pool first",
      properties: {
        id: { type: "integer" },
        main: { type: "boolean" },
        name: { type: "string" },
        area: { ...area, description: "Only residents of this area vote in the pool; null for the whole site" },
        budget: money("In whole currency units"),
        ballotType: { type: "string", enum: BALLOT_TYPES },
        method: { type: "string", enum: METHODS, description: "The counting rule" },
        methodName: { type: "string" },
      },
    },
    BudgetProject: {
      type: "object",
      required: [
        "id",
        "title",
        "description",
        "cost",
        "status",
        "infeasibleReason",
        "category",
        "poolId",
        "area",
        "location",
        "_links",
      ],
      properties: {
        id: { type: "integer" },
        title: { type: "string" },
        description: { type: "string" },
        cost: { type: "number", nullable: true, description: "null until the municipality has reviewed it" },
        status: { type: "string", enum: ["submitted", "feasible", "infeasible"] },
        infeasibleReason: { type: "string", nullable: true },
        category: { type: "string", nullable: true },
        poolId: { type: "integer" },
        area: { ...area, description: "The area of the project's pool" },
        location: {
          type: "object",
          nullable: true,
          properties: {
            lat: { type: "number", nullable: true },
            lng: { type: "number", nullable: true },
            address: { type: "string", nullable: true },
          },
        },
        _links: { type: "object", properties: { html: link } },
      },
    },
    BudgetDetail: {
      allOf: [
        ref("Budget"),
        {
          type: "object",
          required: ["pools", "projects"],
          properties: {
            pools: { type: "array", items: ref("BudgetPool") },
            projects: { type: "array", items: ref("BudgetProject") },
          },
        },
      ],
    },
    BudgetExplanation: {
      type: "object",
      required: ["kind"],
      description: "The counting rule's own account of a project, as data; `explanation` says it in words",
      properties: {
        kind: {
          type: "string",
          enum: ["ineligible", "no-supporters", "greedy", "mes-funded", "mes-unaffordable", "completion", "phragmen"],
        },
        rule: { type: "string", enum: ["min-votes", "min-share"] },
        threshold: { type: "number" },
        rank: { type: "integer", description: "Place in the order of votes" },
        moneyLeftAtTurn: { type: "number" },
        fitted: { type: "boolean" },
        method: { type: "string" },
        round: { type: "integer", nullable: true, description: "Order of purchase, 1 first" },
        supporters: { type: "integer", description: "Voters who paid (Equal Shares)" },
        paymentPerSupporter: { type: "number" },
        supportersPayingAll: { type: "integer" },
        pricePerUtility: { type: "number" },
        supportersMoneyLeft: { type: "number" },
        needed: { type: "number" },
        load: { type: "number", nullable: true },
      },
    },
    BudgetProjectResult: {
      type: "object",
      required: ["id", "externalId", "title", "cost", "votes", "points", "selected", "explanation", "explanationData"],
      properties: {
        id: { type: "integer", nullable: true },
        externalId: { type: "string", description: "The project's id in the .pb file" },
        title: { type: "string" },
        cost: { type: "number" },
        votes: { type: "integer", description: "Ballots that chose the project" },
        points: { type: "number", description: "Points given (approval ballots: the votes)" },
        selected: { type: "boolean" },
        explanation: { type: "string", description: "Why it was or was not chosen, as on the results page" },
        explanationData: ref("BudgetExplanation"),
      },
    },
    BudgetPoolResults: {
      allOf: [
        ref("BudgetPool"),
        {
          type: "object",
          required: ["voters", "computedAt", "totalCost", "winners", "methodExplanation", "projects"],
          properties: {
            voters: { type: "integer", description: "Ballots counted in this pool" },
            computedAt: { type: "string", format: "date-time" },
            totalCost: { type: "number", description: "What the chosen projects cost together" },
            winners: { type: "array", items: { type: "integer" }, description: "Project ids, in the order chosen" },
            methodExplanation: {
              type: "array",
              items: { type: "string" },
              description: "How the result was counted, paragraph by paragraph, with this vote's numbers",
            },
            projects: { type: "array", items: ref("BudgetProjectResult") },
          },
        },
      ],
    },
    BudgetResults: {
      type: "object",
      required: ["id", "title", "currency", "ballots", "pools", "_links"],
      properties: {
        id: { type: "integer" },
        title: { type: "string" },
        currency: { type: "string" },
        ballots: {
          type: "object",
          description: "Ballots stored here, and those of verified residents or voting codes",
          properties: { total: { type: "integer" }, verified: { type: "integer" } },
        },
        pools: { type: "array", items: ref("BudgetPoolResults") },
        _links: { type: "object", properties: { self: link, html: link, budget: link, ballots: link } },
      },
    },
  },
};
