// The OpenAPI 3.0 description of the ideas API, served at /api/v1/openapi.json.
import type { ComponentManifest } from "../../../core/components";
import { CATEGORIES } from "../domain/categories";
import { ANSWER_KINDS, IDEA_STATES } from "../domain/states";
import { SORTS } from "../store/ideas";

import { API_VERSION } from "../../../core/http/open-data-api";

const problem = { $ref: "#/components/responses/Problem" };
const versionHeader = { "API-Version": { $ref: "#/components/headers/API-Version" } };
const publicStates = IDEA_STATES.filter((s) => s !== "draft");

export const OPENAPI_DOCUMENT = {
  openapi: "3.0.3",
  info: {
    title: "Inspraak API",
    version: API_VERSION,
    description:
      "Open data of residents' ideas: state, support, promise and the municipality's answer. " +
      "All times are UTC (ISO 8601). No authentication needed.",
    contact: { name: "Inspraak", url: "https://github.com/inspraak" },
    license: { name: "EUPL-1.2", url: "https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12" },
  },
  servers: [{ url: "/api/v1" }],
  paths: {
    "/ideas": {
      get: {
        operationId: "listIdeas",
        summary: "List the public ideas of this site",
        parameters: [
          { name: "areaId", in: "query", schema: { type: "integer", minimum: 1 } },
          { name: "state", in: "query", schema: { type: "string", enum: publicStates } },
          { name: "category", in: "query", schema: { type: "string", enum: CATEGORIES } },
          {
            name: "q",
            in: "query",
            description: "Full-text search in title and text",
            schema: { type: "string", maxLength: 200 },
          },
          { name: "sort", in: "query", schema: { type: "string", enum: SORTS, default: "newest" } },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
          {
            name: "format",
            in: "query",
            description:
              "geojson: every located idea that matches the filters (page and pageSize do not apply; at most " +
              "10,000) as an RFC 7946 FeatureCollection, WGS 84 with six decimals",
            schema: { type: "string", enum: ["json", "geojson"], default: "json" },
          },
        ],
        responses: {
          "200": {
            description: "A page of ideas, or (format=geojson) the located ideas as GeoJSON",
            headers: versionHeader,
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/IdeaPage" } },
              "application/geo+json": { schema: { $ref: "#/components/schemas/IdeaFeatureCollection" } },
            },
          },
          "400": problem,
        },
      },
    },
    "/ideas/{id}": {
      get: {
        operationId: "getIdea",
        summary: "One idea with its timeline and counts",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        responses: {
          "200": {
            description: "The idea",
            headers: versionHeader,
            content: { "application/json": { schema: { $ref: "#/components/schemas/IdeaDetail" } } },
          },
          "400": problem,
          "404": problem,
        },
      },
    },
  },
  components: {
    headers: {
      "API-Version": { description: "The version of this API", schema: { type: "string", example: API_VERSION } },
    },
    responses: {
      Problem: {
        description: "An error (RFC 9457); invalidParams lists every invalid parameter",
        headers: versionHeader,
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    },
    schemas: {
      Problem: {
        type: "object",
        properties: {
          type: { type: "string" },
          title: { type: "string" },
          status: { type: "integer" },
          instance: { type: "string" },
          invalidParams: {
            type: "array",
            items: {
              type: "object",
              properties: { name: { type: "string" }, code: { type: "string" }, reason: { type: "string" } },
            },
          },
        },
      },
      Link: { type: "object", properties: { href: { type: "string", format: "uri" } } },
      Idea: {
        type: "object",
        properties: {
          id: { type: "integer" },
          title: { type: "string", nullable: true, description: "null when a moderator hid the idea" },
          text: { type: "string", nullable: true, description: "Markdown subset" },
          hiddenReason: { type: "string", nullable: true },
          area: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } },
          category: { type: "string", nullable: true, enum: [...CATEGORIES, null] },
          state: { type: "string", enum: publicStates },
          supportCount: {
            type: "integer",
            description: "all supports, online and on paper; they count towards the threshold",
          },
          paperSupportCount: {
            type: "integer",
            description: "how many of supportCount were signed on paper and entered by the municipality",
          },
          threshold: { type: "integer" },
          councilName: { type: "string" },
          publishedAt: { type: "string", format: "date-time" },
          supportDeadline: { type: "string", format: "date-time" },
          forwardedAt: { type: "string", format: "date-time", nullable: true },
          answerDueAt: { type: "string", format: "date-time", nullable: true },
          answerOverdue: { type: "boolean" },
          meetingAt: { type: "string", format: "date-time", nullable: true },
          answeredAt: { type: "string", format: "date-time", nullable: true },
          answer: {
            type: "object",
            nullable: true,
            properties: { kind: { type: "string", enum: ANSWER_KINDS }, text: { type: "string" } },
          },
          location: {
            type: "object",
            nullable: true,
            description: "WGS 84, six decimals; lat and lng are null for an address typed without a point",
            properties: {
              lat: { type: "number", nullable: true },
              lng: { type: "number", nullable: true },
              address: { type: "string", nullable: true },
            },
          },
          _links: {
            type: "object",
            properties: {
              self: { $ref: "#/components/schemas/Link" },
              html: { $ref: "#/components/schemas/Link" },
              short: { $ref: "#/components/schemas/Link" },
            },
          },
        },
      },
      IdeaFeatureCollection: {
        type: "object",
        properties: {
          type: { type: "string", enum: ["FeatureCollection"] },
          features: {
            type: "array",
            items: {
              type: "object",
              properties: {
                type: { type: "string", enum: ["Feature"] },
                id: { type: "integer" },
                geometry: {
                  type: "object",
                  properties: {
                    type: { type: "string", enum: ["Point"] },
                    coordinates: { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 },
                  },
                },
                properties: { $ref: "#/components/schemas/Idea" },
              },
            },
          },
        },
      },
      IdeaPage: {
        type: "object",
        properties: {
          _embedded: {
            type: "object",
            properties: { ideas: { type: "array", items: { $ref: "#/components/schemas/Idea" } } },
          },
          page: { type: "integer" },
          pageSize: { type: "integer" },
          total: { type: "integer" },
          pages: { type: "integer" },
          _links: {
            type: "object",
            properties: {
              self: { $ref: "#/components/schemas/Link" },
              next: { $ref: "#/components/schemas/Link" },
              prev: { $ref: "#/components/schemas/Link" },
            },
          },
        },
      },
      IdeaDetail: {
        allOf: [
          { $ref: "#/components/schemas/Idea" },
          {
            type: "object",
            properties: {
              counts: {
                type: "object",
                properties: {
                  supports: { type: "integer" },
                  paperSupports: { type: "integer", description: "of supports, how many on paper" },
                  comments: { type: "integer" },
                },
              },
              timeline: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    at: { type: "string", format: "date-time" },
                    kind: { type: "string", enum: ["state", "update", "response", "meeting"] },
                    fromState: { type: "string", nullable: true },
                    toState: { type: "string", nullable: true },
                    role: { type: "string" },
                    text: { type: "string", nullable: true },
                    meetingAt: { type: "string", format: "date-time", nullable: true },
                  },
                },
              },
            },
          },
        ],
      },
    },
  },
} as const;

/** The document with the paths and schemas other components declare in their manifests. */
export function withComponentParts(document: typeof OPENAPI_DOCUMENT, components: ComponentManifest[]) {
  const parts = components.flatMap((c) => (c.openApi ? [c.openApi] : []));
  return {
    ...document,
    paths: Object.assign({}, document.paths, ...parts.map((p) => p.paths)),
    components: {
      ...document.components,
      schemas: Object.assign({}, document.components.schemas, ...parts.map((p) => p.schemas)),
    },
  };
}
