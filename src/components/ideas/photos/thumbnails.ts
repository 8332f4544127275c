// The list thumbnails of a page of ideas: the first photo of each idea whose photos are public.
import type { Executor } from "../../../core/db/database";
import { firstPhotos, type PhotoRef } from "../../../core/photos/store";
import { effectiveState } from "../domain/idea-rules";
import type { IdeaView } from "../store/ideas";
import { photosPublic } from "./permissions";
import { IDEA_PHOTO_TABLES } from "./tables";

export async function ideaThumbnails(db: Executor, ideas: IdeaView[], now: Date): Promise<Map<number, PhotoRef>> {
  const shown = ideas
    .filter((i) =>
      photosPublic({
        authorId: i.author_id,
        state: effectiveState(i.state, i.deadline_at, now),
        supportCount: i.support_count,
        siteId: i.site_id,
      }),
    )
    .map((i) => i.id);
  return firstPhotos(db, IDEA_PHOTO_TABLES, shown);
}
