// The text rule (text-rules.ts) for what does not arrive as a form: query strings, path
// parameters and JSON bodies of every route, pages and API alike. Forms are left to parseForm,
// which re-renders the form with the message at the field instead of a bare error page.
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors";
import { CONTROL_CHARACTER_KEY, unstorableFields } from "./text-rules";

export function registerTextGuard(app: FastifyInstance): void {
  app.addHook("preHandler", async (request) => {
    const fields = [
      ...unstorableFields((request.query ?? {}) as Record<string, unknown>),
      ...unstorableFields((request.params ?? {}) as Record<string, unknown>),
    ];
    const isForm = String(request.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
    if (!isForm && request.body && typeof request.body === "object")
      fields.push(...unstorableFields(request.body as Record<string, unknown>));
    if (fields.length) throw new HttpError(400, CONTROL_CHARACTER_KEY, {}, fields);
  });
}
