// The photo routes of ideas (/ideeen/:id/fotos…): the core's photo routes, with the ideas' rules.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { PhotoAccess } from "../../../core/photos/access";
import { registerPhotoRoutes } from "../../../core/photos/routes";
import type { Services } from "../../../core/services";
import { loadVisibleIdea, parseParams } from "../routes/load";
import { ideaParams } from "../routes/schemas";
import { mayViewPhotos, photoManageVerdict, photosPublic } from "./permissions";
import { IDEA_PHOTO_TABLES } from "./tables";

export function registerIdeaPhotoRoutes(app: FastifyInstance, services: Services): void {
  registerPhotoRoutes(app, services, {
    prefix: "/ideeen/:id",
    async load(request: FastifyRequest): Promise<PhotoAccess> {
      const { id } = parseParams(ideaParams, request.params);
      // A draft is a 404 for those who may not see it, photo pages included.
      const { idea, state } = await loadVisibleIdea(services, request, id);
      const facts = { authorId: idea.author_id, state, supportCount: idea.support_count, siteId: idea.site_id };
      return {
        item: { tables: IDEA_PHOTO_TABLES, itemId: idea.id, siteId: idea.site_id, subject: `idea:${idea.id}` },
        title: idea.title,
        itemUrl: `/ideeen/${idea.id}`,
        photosUrl: `/ideeen/${idea.id}/fotos`,
        isPublic: photosPublic(facts),
        mayView: mayViewPhotos(facts, request.user),
        manage: photoManageVerdict(facts, request.user),
      };
    },
  });
}
