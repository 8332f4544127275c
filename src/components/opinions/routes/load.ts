// Loading a conversation for a route: parse the id, and find it on this request's site only
// (an id from another site is simply not found).
import type { FastifyRequest } from "fastify";
import { notFound } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { findConversation } from "../store/conversations";
import type { Conversation } from "../store/tables";
import { conversationParams } from "./schemas";

export async function loadConversation(request: FastifyRequest, services: Services): Promise<Conversation> {
  const params = conversationParams.safeParse(request.params);
  if (!params.success) throw notFound();
  const conversation = await findConversation(services.db.kysely, request.site.id, params.data.id);
  if (!conversation) throw notFound();
  return conversation;
}

/** Scripts ask for JSON (no reload); forms get a redirect or a page. */
export const wantsJson = (request: FastifyRequest): boolean =>
  String(request.headers.accept ?? "").includes("application/json");
