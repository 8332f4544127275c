// /admin/site/hosts: the host names this site answers to. A host name belongs to one site only,
// also when the default site answers it without registering it (host-claims.ts); the admin
// cannot remove the name they are using right now (they would lock themselves out).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { audit } from "../../audit/log";
import { badRequest, notFound } from "../../http/errors";
import { redirectWithFlash, sendPage } from "../../http/render";
import { formValues } from "../../http/validation";
import type { Services } from "../../services";
import { isUniqueViolation } from "../../sites/constraint-errors";
import { normalizeHostName } from "../../sites/host-names";
import { hostClaim } from "../../sites/host-claims";
import { addHost, listHosts, removeHost } from "../../sites/host-store";
import { forgetCachedSites, hostOfHeader } from "../../sites/resolve";
import { requireAdmin } from "../guard";
import { HostsPage } from "./hosts-views";

const hostsSchema = z.object({ action: z.enum(["add", "remove"]), host: z.string().max(300) });

const requestHost = (request: FastifyRequest): string => hostOfHeader(request.headers.host);

export function registerHostRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function showWithError(request: FastifyRequest, reply: FastifyReply, status: number, messageKey: string) {
    const hosts = await listHosts(db, request.site.id);
    // Only a failed "add" refills the add form; a refused removal leaves it empty.
    const values = formValues(request.body).action === "add" ? formValues(request.body) : {};
    const form = { values, errors: [{ field: "host", messageKey }] };
    return sendPage(
      reply,
      <HostsPage ctx={request.pageContext()} hosts={hosts} form={form} currentHost={requestHost(request)} />,
      status,
    );
  }

  app.get("/admin/site/hosts", async (request, reply) => {
    requireAdmin(request);
    const hosts = await listHosts(db, request.site.id);
    return sendPage(reply, <HostsPage ctx={request.pageContext()} hosts={hosts} currentHost={requestHost(request)} />);
  });

  app.post("/admin/site/hosts", async (request, reply) => {
    const actor = requireAdmin(request);
    const parsed = hostsSchema.safeParse(formValues(request.body));
    if (!parsed.success) {
      if (formValues(request.body).action === "add")
        return showWithError(request, reply, 400, "admin.hosts.errors.invalid");
      throw badRequest();
    }
    const siteId = request.site.id;
    const host = normalizeHostName(parsed.data.host);
    const now = services.clock();

    if (parsed.data.action === "remove") {
      if (!host) throw notFound();
      if (host === requestHost(request)) return showWithError(request, reply, 409, "admin.hosts.errors.inUse");
      const removed = await db.transaction().execute(async (trx) => {
        if (!(await removeHost(trx, siteId, host))) return false;
        await audit(
          trx,
          { siteId, actorUserId: actor.id, action: "site.host.removed", subject: `site:${siteId}`, details: { host } },
          now,
        );
        return true;
      });
      if (!removed) throw notFound();
      forgetCachedSites(db);
      return redirectWithFlash(reply, "/admin/site/hosts", "admin.hosts.removed");
    }

    if (!host) return showWithError(request, reply, 400, "admin.hosts.errors.invalid");
    const claim = await hostClaim(db, services.config, host);
    if (claim?.siteId === siteId && claim.registered)
      return showWithError(request, reply, 409, "admin.hosts.errors.alreadyHere");
    if (claim && claim.siteId !== siteId)
      return showWithError(
        request,
        reply,
        409,
        claim.registered ? "admin.hosts.errors.taken" : "admin.hosts.errors.defaultSite",
      );
    try {
      await db.transaction().execute(async (trx) => {
        await addHost(trx, siteId, host);
        await audit(
          trx,
          { siteId, actorUserId: actor.id, action: "site.host.added", subject: `site:${siteId}`, details: { host } },
          now,
        );
      });
    } catch (error) {
      // Another site took the name between our check and the insert.
      if (isUniqueViolation(error)) return showWithError(request, reply, 409, "admin.hosts.errors.taken");
      throw error;
    }
    forgetCachedSites(db);
    return redirectWithFlash(reply, "/admin/site/hosts", "admin.hosts.added");
  });
}
