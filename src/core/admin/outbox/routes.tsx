// /admin/outbox: what this site sent or will send (admins only); a failed row can be put back in
// the queue. Secret links are never here (the worker creates them at send time), and opening one
// mail is written to the audit log: a mail holds a person's address and words meant for them.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { audit } from "../../audit/log";
import { badRequest, conflict, notFound } from "../../http/errors";
import { redirectWithFlash, sendPage } from "../../http/render";
import type { Services } from "../../services";
import { idFromParams, requireAdmin } from "../guard";
import { pageCount, pagingFrom } from "../paging";
import { countOutbox, findOutboxItem, listOutbox, OUTBOX_STATUSES, retryOutboxItem } from "./store";
import { OutboxItemPage, OutboxListPage } from "./views";

const filterSchema = z.object({ status: z.enum(OUTBOX_STATUSES as ["pending", "done", "failed"]).optional() });

export function registerOutboxRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/admin/outbox", async (request, reply) => {
    requireAdmin(request);
    const filter = filterSchema.safeParse(request.query);
    if (!filter.success) throw badRequest();
    const { status } = filter.data;
    const paging = pagingFrom(request.query);
    const siteId = request.site.id;
    const [total, items] = await Promise.all([
      countOutbox(db, siteId, status),
      listOutbox(db, siteId, paging.limit, paging.offset, status),
    ]);
    return sendPage(
      reply,
      <OutboxListPage
        ctx={request.pageContext()}
        items={items}
        total={total}
        page={paging.page}
        pages={pageCount(total)}
        status={status}
      />,
    );
  });

  app.get("/admin/outbox/:id", async (request, reply) => {
    const actor = requireAdmin(request);
    const item = await findOutboxItem(db, request.site.id, idFromParams(request.params));
    if (!item) throw notFound();
    if (item.mail) {
      await audit(
        db,
        { siteId: request.site.id, actorUserId: actor.id, action: "outbox.viewed", subject: `outbox:${item.id}` },
        services.clock(),
      );
    }
    reply.header("cache-control", "no-store");
    return sendPage(reply, <OutboxItemPage ctx={request.pageContext()} item={item} />);
  });

  app.post("/admin/outbox/:id/opnieuw", async (request, reply) => {
    const actor = requireAdmin(request);
    const id = idFromParams(request.params);
    const siteId = request.site.id;
    const retried = await db.transaction().execute(async (trx) => {
      if (!(await findOutboxItem(trx, siteId, id))) throw notFound();
      if (!(await retryOutboxItem(trx, siteId, id, services.clock()))) return false;
      await audit(
        trx,
        { siteId, actorUserId: actor.id, action: "outbox.retried", subject: `outbox:${id}` },
        services.clock(),
      );
      return true;
    });
    if (!retried) throw conflict("admin.outbox.errors.notFailed");
    services.kickOutbox();
    return redirectWithFlash(reply, `/admin/outbox/${id}`, "admin.outbox.retried");
  });
}
