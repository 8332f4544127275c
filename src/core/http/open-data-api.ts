// What every component's JSON API under /api/v1 shares (NL API Design Rules): one version, open to
// every origin, ids and paging parsed alike with every invalid parameter named in a problem+json
// 400, and the OpenAPI fragments that say so. Each component keeps its own messages under
// `<prefix>.integer`, `.page`, `.pageSize` and `.invalid`.
import type { FastifyReply } from "fastify";
import { z } from "zod";
import { HttpError, notFound } from "./errors";
import { fieldErrors } from "./validation";

export const API_VERSION = "1.0.0";
/** The largest id a database integer column holds. */
const MAX_ID = 2_147_483_647;

const int = (key: string) => z.coerce.number(key).int(key);

/** Parsers for one component's API input, with its own message keys. */
export function apiInput(prefix: string) {
  const integer = `${prefix}.integer`;
  const id = () => int(integer).positive(integer).max(MAX_ID, integer);
  const idSchema = z.object({ id: id() });
  const invalid = (error: z.ZodError): HttpError => new HttpError(400, `${prefix}.invalid`, {}, fieldErrors(error));
  return {
    /** A positive database id, e.g. of an area filter. */
    id,
    /** `page` (from 1) and `pageSize` (1–100, 20 by default). */
    paging: {
      page: int(integer).min(1, `${prefix}.page`).max(10_000, `${prefix}.page`).default(1),
      pageSize: int(integer).min(1, `${prefix}.pageSize`).max(100, `${prefix}.pageSize`).default(20),
    },
    invalid,
    /** The `{id}` of a path; "/api/v1/things/" reaches the route with an empty id: no trailing slashes, so 404. */
    idOf(params: unknown): number {
      if ((params as { id?: string }).id === "") throw notFound();
      const parsed = idSchema.safeParse(params);
      if (!parsed.success) throw invalid(parsed.error);
      return parsed.data.id;
    },
  };
}

const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/**
 * A list answer: one page of `items` under `_embedded[key]`, the paging figures, and links to this
 * page and its neighbours with the same query (`base` is the list's URL without a query).
 */
export function listPage(
  base: string,
  key: string,
  items: unknown[],
  query: { page: number; pageSize: number } & Record<string, unknown>,
  total: number,
) {
  const pages = pageCount(total, query.pageSize);
  const link = (page: number) => {
    const params = Object.entries({ ...query, page })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]);
    return { href: `${base}?${new URLSearchParams(params).toString()}` };
  };
  return {
    _embedded: { [key]: items },
    page: query.page,
    pageSize: query.pageSize,
    total,
    pages,
    _links: {
      self: link(query.page),
      ...(query.page < pages ? { next: link(query.page + 1) } : {}),
      ...(query.page > 1 ? { prev: link(query.page - 1) } : {}),
    },
  };
}

/** An API answer: open to every origin, with the API version. */
export const sendApi = (reply: FastifyReply, body: unknown) =>
  reply.header("Access-Control-Allow-Origin", "*").header("API-Version", API_VERSION).send(body);

/** OpenAPI fragments every component's paths use. */
export const openApi = {
  problem: { $ref: "#/components/responses/Problem" },
  versionHeader: { "API-Version": { $ref: "#/components/headers/API-Version" } },
  link: { $ref: "#/components/schemas/Link" },
  ref: (name: string) => ({ $ref: `#/components/schemas/${name}` }),
  idParam: { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
  json: (description: string, schema: string) => ({
    description,
    headers: openApi.versionHeader,
    content: { "application/json": { schema: openApi.ref(schema) } },
  }),
  /** A page of `items` (schema `itemSchema`) with paging figures and links. */
  page: (items: string, itemSchema: string) => ({
    type: "object",
    properties: {
      _embedded: { type: "object", properties: { [items]: { type: "array", items: openApi.ref(itemSchema) } } },
      page: { type: "integer" },
      pageSize: { type: "integer" },
      total: { type: "integer" },
      pages: { type: "integer" },
      _links: { type: "object", properties: { self: openApi.link, next: openApi.link, prev: openApi.link } },
    },
  }),
};
