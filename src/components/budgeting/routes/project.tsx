// The public page of one project, with its photos.
import type { FastifyInstance } from "fastify";
import { sendPage } from "../../../core/http/render";
import { listPhotos } from "../../../core/photos/store";
import type { Services } from "../../../core/services";
import { projectPhotoVerdict } from "../photos/permissions";
import { PROJECT_PHOTO_TABLES } from "../photos/tables";
import { ProjectPage } from "../views/project-page";
import { loadProcessProject } from "./load";

export function registerProjectRoutes(app: FastifyInstance, services: Services): void {
  app.get("/begroting/:id/projecten/:projectId", async (request, reply) => {
    const { process, project } = await loadProcessProject(services, request);
    const photos = await listPhotos(services.db.kysely, PROJECT_PHOTO_TABLES, project.id);
    return sendPage(
      reply,
      <ProjectPage
        ctx={request.pageContext()}
        process={process}
        project={project}
        photos={photos}
        managePhotos={projectPhotoVerdict(process, project, request.user).ok}
      />,
    );
  });
}
