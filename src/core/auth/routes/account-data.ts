// GET /account/gegevens.json: everything about the logged-in user, as a download.
import type { FastifyInstance } from "fastify";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { exportUserData } from "../commands/export-user-data";

export function registerAccountDataRoutes(app: FastifyInstance, services: Services): void {
  app.get("/account/gegevens.json", async (request, reply) => {
    const user = requireUser(request.user);
    const data = await exportUserData(services, request.site, user.id);
    const date = services.clock().toISOString().slice(0, 10);
    return reply
      .header("content-disposition", `attachment; filename="mijn-gegevens-${request.site.slug}-${date}.json"`)
      .header("cache-control", "no-store")
      .type("application/json; charset=utf-8")
      .send(JSON.stringify(data, null, 2));
  });
}
