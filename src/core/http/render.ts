// Sends a rendered page. Preact's renderer escapes all text and attributes by default.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { PageContext } from "../views/context";
import { setFlashCookie } from "./cookies";

export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply
    .status(status)
    .type("text/html; charset=utf-8")
    .send(`<!DOCTYPE html>${renderToString(page)}`);
}

export function pageContext(request: FastifyRequest): PageContext {
  return request.pageContext();
}

/** POST-redirect-GET, with a one-time message shown on the next page. */
export function redirectWithFlash(reply: FastifyReply, location: string, flashKey?: string): FastifyReply {
  if (flashKey) setFlashCookie(reply, flashKey);
  return reply.redirect(location, 303);
}
