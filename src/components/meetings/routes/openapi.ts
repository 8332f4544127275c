// The meetings part of the OpenAPI document at /api/v1/openapi.json (merged by the ideas
// component's document route, see manifest.openApi), following the same conventions.
import { MEETING_KINDS, REGISTRATION_MODES } from "../domain/meeting";
import { openApi } from "../../../core/http/open-data-api";

const { problem, versionHeader, link } = openApi;

export const MEETINGS_OPENAPI = {
  paths: {
    "/meetings": {
      get: {
        operationId: "listMeetings",
        summary: "List the meetings of this site, upcoming (soonest first) or past (latest first)",
        parameters: [
          { name: "when", in: "query", schema: { type: "string", enum: ["upcoming", "past"], default: "upcoming" } },
          { name: "areaId", in: "query", schema: { type: "integer", minimum: 1 } },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: {
          "200": {
            description: "A page of meetings",
            headers: versionHeader,
            content: { "application/json": { schema: { $ref: "#/components/schemas/MeetingPage" } } },
          },
          "400": problem,
        },
      },
    },
  },
  schemas: {
    Meeting: {
      type: "object",
      properties: {
        id: { type: "integer" },
        title: { type: "string" },
        description: { type: "string", description: "Markdown subset" },
        kind: { type: "string", enum: MEETING_KINDS },
        status: { type: "string", enum: ["scheduled", "cancelled"] },
        startsAt: { type: "string", format: "date-time" },
        endsAt: { type: "string", format: "date-time" },
        place: { type: "string", nullable: true, description: "Address; null for a meeting only online" },
        location: {
          type: "object",
          nullable: true,
          description:
            "Where on the map, WGS 84 with six decimals; null when not given; " +
            "lat and lng null for an address without a point",
          properties: {
            lat: { type: "number", nullable: true },
            lng: { type: "number", nullable: true },
            address: { type: "string", nullable: true },
          },
        },
        area: {
          type: "object",
          nullable: true,
          properties: { id: { type: "integer" }, name: { type: "string" } },
        },
        organiser: { type: "string" },
        accessibility: {
          type: "object",
          properties: {
            wheelchair: { type: "boolean" },
            hearingLoop: { type: "boolean" },
            signLanguageOnRequest: { type: "boolean" },
          },
        },
        registration: { type: "string", enum: REGISTRATION_MODES },
        capacity: { type: "integer", nullable: true, description: "null: no limit" },
        placesLeft: { type: "integer", nullable: true, description: "null: no limit" },
        attendees: { type: "integer", nullable: true },
        _links: {
          type: "object",
          properties: { html: link, calendar: link },
        },
      },
    },
    MeetingPage: {
      type: "object",
      properties: {
        _embedded: {
          type: "object",
          properties: { meetings: { type: "array", items: { $ref: "#/components/schemas/Meeting" } } },
        },
        page: { type: "integer" },
        pageSize: { type: "integer" },
        total: { type: "integer" },
        pages: { type: "integer" },
        _links: { type: "object", properties: { self: link, next: link, prev: link } },
      },
    },
  },
};
