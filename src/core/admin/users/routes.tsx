// /admin/gebruikers: find accounts of this site, view one, set its roles (admins only).
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { findUserById, rolesOf } from "../../auth/users";
import type { Role } from "../../db/types";
import { badRequest, conflict, notFound } from "../../http/errors";
import { redirectWithFlash, sendPage } from "../../http/render";
import { isGrantableRole } from "../../permissions/role-changes";
import type { Services } from "../../services";
import { idFromParams, requireAdmin } from "../guard";
import { pageCount, pagingFrom } from "../paging";
import { changeRoles } from "./change-roles";
import { VERIFICATION_LEVELS } from "../../participation/verification-level";
import { countUsers, searchUsers } from "./store";
import { UserDetailPage, UserListPage } from "./views";

const searchSchema = z.object({
  q: z.string().max(100).optional(),
  // Filter by verification level (docs/participation.md); empty: every account.
  niveau: z.enum(["", ...VERIFICATION_LEVELS]).optional(),
});

// Checkboxes arrive as one string, several strings, or nothing at all (none ticked).
const rolesSchema = z.object({ roles: z.union([z.string(), z.array(z.string()).max(10)]).optional() });

function wantedRoles(body: unknown): { ok: true; roles: Role[] } | { ok: false; values: string[] } {
  const { _csrf, ...rest } = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  void _csrf;
  const parsed = rolesSchema.safeParse(rest);
  if (!parsed.success) return { ok: false, values: [] };
  const values = parsed.data.roles === undefined ? [] : [parsed.data.roles].flat();
  return values.every(isGrantableRole) ? { ok: true, roles: [...new Set(values)] } : { ok: false, values };
}

async function loadUser(services: Services, request: FastifyRequest) {
  const user = await findUserById(services.db.kysely, request.site.id, idFromParams(request.params));
  if (!user) throw notFound();
  return user;
}

export function registerUserRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/admin/gebruikers", async (request, reply) => {
    requireAdmin(request);
    const query = searchSchema.safeParse(request.query);
    if (!query.success) throw badRequest();
    const q = (query.data.q ?? "").trim();
    const level = query.data.niveau || null;
    const paging = pagingFrom(request.query);
    const [total, users] = await Promise.all([
      countUsers(db, request.site.id, q, level),
      searchUsers(db, request.site.id, q, paging.limit, paging.offset, level),
    ]);
    return sendPage(
      reply,
      <UserListPage
        ctx={request.pageContext()}
        q={q}
        level={level}
        users={users}
        total={total}
        page={paging.page}
        pages={pageCount(total)}
      />,
    );
  });

  app.get("/admin/gebruikers/:id", async (request, reply) => {
    requireAdmin(request);
    const user = await loadUser(services, request);
    return sendPage(
      reply,
      <UserDetailPage ctx={request.pageContext()} user={user} roles={await rolesOf(db, user.id)} />,
    );
  });

  app.post("/admin/gebruikers/:id/rollen", async (request, reply) => {
    const actor = requireAdmin(request);
    const user = await loadUser(services, request);
    const wanted = wantedRoles(request.body);
    const roles = await rolesOf(db, user.id);
    /** The page again with the roles as ticked and one error on them. */
    const refuse = (messageKey: string, checked: readonly string[], status: number) => {
      const form = { values: {}, errors: [{ field: "roles", messageKey }] };
      const page = (
        <UserDetailPage ctx={request.pageContext()} user={user} roles={roles} form={form} checked={new Set(checked)} />
      );
      return sendPage(reply, page, status);
    };
    if (!wanted.ok) return refuse("admin.users.errors.unknownRole", wanted.values, 400);
    const result = await changeRoles(services, {
      siteId: request.site.id,
      actorId: actor.id,
      userId: user.id,
      wanted: wanted.roles,
    });
    if (!result.ok && result.reason === "notFound") throw notFound();
    if (!result.ok && result.reason === "deleted") throw conflict("admin.users.errors.deleted");
    if (!result.ok) return refuse("admin.users.errors.lastAdmin", wanted.roles, 409);
    const changed = result.change.granted.length + result.change.revoked.length > 0;
    // Someone who gave up their own admin role may no longer see this page.
    const leftAdmin = user.id === actor.id && result.change.revoked.includes("admin");
    return redirectWithFlash(
      reply,
      leftAdmin ? "/" : `/admin/gebruikers/${user.id}`,
      changed ? "admin.users.flash.saved" : "admin.users.flash.unchanged",
    );
  });
}
