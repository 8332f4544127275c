// The photo routes of budget projects (/begroting/:id/projecten/:projectId/fotos…): the core's
// photo routes, with the budgeting rules.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { PhotoAccess } from "../../../core/photos/access";
import { registerPhotoRoutes } from "../../../core/photos/routes";
import type { Services } from "../../../core/services";
import { loadProcessProject } from "../routes/load";
import { projectUrl } from "../project-url";
import { projectPhotoVerdict } from "./permissions";
import { PROJECT_PHOTO_TABLES } from "./tables";

export function registerProjectPhotoRoutes(app: FastifyInstance, services: Services): void {
  registerPhotoRoutes(app, services, {
    prefix: "/begroting/:id/projecten/:projectId",
    async load(request: FastifyRequest): Promise<PhotoAccess> {
      const { process, project } = await loadProcessProject(services, request);
      const itemUrl = projectUrl(process.id, project.id);
      return {
        item: {
          tables: PROJECT_PHOTO_TABLES,
          itemId: project.id,
          siteId: process.site_id,
          subject: `budget_project:${project.id}`,
        },
        title: project.title,
        itemUrl,
        photosUrl: `${itemUrl}/fotos`,
        isPublic: true,
        mayView: true,
        manage: projectPhotoVerdict(process, project, request.user),
      };
    },
  });
}
