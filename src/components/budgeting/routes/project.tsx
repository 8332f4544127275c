// The public page of one project, with its photos.
import type { FastifyInstance } from "fastify";
import { sendPage } from "../../../core/http/render";
import { listPhotos } from "../../../core/photos/store";
import type { Services } from "../../../core/services";
import { projectPhotoVerdict } from "../photos/permissions";
import { PROJECT_PHOTO_TABLES } from "../photos/tables";
import { ProjectPage } from "../views/project-page";
import { loadProcessProject } from "./load";
import { allowMapTiles } from "../../../core/http/security-headers";
import { MapAssets } from "../../../core/places/map-element";
import { isLocated, PlaceSection } from "../../../core/places/place-section";
import { placeSettings } from "../../../core/places/settings";
import { registerProjectGeoJson } from "./location";

export function registerProjectRoutes(app: FastifyInstance, services: Services): void {
  registerProjectGeoJson(app, services);
  app.get("/begroting/:id/projecten/:projectId", async (request, reply) => {
    const { process, project } = await loadProcessProject(services, request);
    const [photos, places] = await Promise.all([
      listPhotos(services.db.kysely, PROJECT_PHOTO_TABLES, project.id),
      placeSettings(services.db.kysely, services.config, request.site.id),
    ]);
    allowMapTiles(reply, places.tileOrigins);
    return sendPage(
      reply,
      <ProjectPage
        ctx={request.pageContext()}
        process={process}
        project={project}
        photos={photos}
        managePhotos={projectPhotoVerdict(process, project, request.user).ok}
        place={
          isLocated(project) || project.location_address
            ? {
                head: <MapAssets ctx={request.pageContext()} />,
                section: <PlaceSection ctx={request.pageContext()} settings={places} location={project} />,
              }
            : undefined
        }
      />,
    );
  });
}
