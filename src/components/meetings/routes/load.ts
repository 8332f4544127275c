// Shared by the routes: parameters (a bad id is a 404, like a missing meeting).
import type { z } from "zod";
import { HttpError } from "../../../core/http/errors";

export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new HttpError(404, "errors.notFound");
  return parsed.data;
}
