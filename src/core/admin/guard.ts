// Access checks shared by every admin route. Each route calls one of these first, so a visitor who
// is not logged in goes to the log-in page (401) and anyone without the role gets 403.
import type { FastifyRequest } from "fastify";
import type { CurrentUser } from "../auth/sessions";
import { forbidden, notFound } from "../http/errors";
import { mayOpenAdmin } from "../permissions/admin-sections";
import { requireRole, requireUser } from "../permissions/roles";

export const requireAdmin = (request: FastifyRequest): CurrentUser => requireRole(request.user, "admin");

export function requireStaff(request: FastifyRequest): CurrentUser {
  const user = requireUser(request.user);
  if (!mayOpenAdmin(user.roles)) throw forbidden();
  return user;
}

/** A database id from the path; anything else is a page that does not exist. */
export function idFromParams(params: unknown): number {
  const raw = (params as { id?: unknown } | undefined)?.id;
  if (typeof raw !== "string" || !/^[1-9]\d{0,9}$/.test(raw)) throw notFound();
  const id = Number(raw);
  if (id > 2_147_483_647) throw notFound();
  return id;
}
