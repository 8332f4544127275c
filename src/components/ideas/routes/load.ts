// Shared route helpers: parse ids (a bad id is a 404, not a 400: there is no such page), load an
// idea of the request's site only, and answer HTML forms or JSON depending on what was asked.
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { HttpError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { effectiveState } from "../domain/idea-rules";
import { canView } from "../permissions";
import { findIdea, type IdeaView } from "../store/ideas";

export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new HttpError(404, "errors.notFound");
  return parsed.data;
}

export async function loadVisibleIdea(
  services: Services,
  request: FastifyRequest,
  id: number,
): Promise<{ idea: IdeaView; state: ReturnType<typeof effectiveState> }> {
  const idea = await findIdea(services.db.kysely, request.site.id, id);
  const now = services.clock();
  if (!idea) throw new HttpError(404, "errors.notFound");
  const state = effectiveState(idea.state, idea.deadline_at, now);
  if (
    !canView({ authorId: idea.author_id, state, supportCount: idea.support_count, siteId: idea.site_id }, request.user)
  )
    throw new HttpError(404, "errors.notFound");
  return { idea, state };
}

/** Scripts ask for JSON (the no-reload support button); forms get a redirect. */
export const wantsJson = (request: FastifyRequest): boolean =>
  String(request.headers.accept ?? "").includes("application/json");
