// The photos on an idea's page, and for its author or staff the way to add or change them.
import type { PhotoInfo } from "../../../core/photos/store";
import { MAX_PHOTOS_PER_ITEM } from "../../../core/photos/rules";
import { PhotoGallery } from "../../../core/photos/views";
import type { PageContext } from "../../../core/views/context";

export function IdeaPhotos(p: {
  ctx: PageContext;
  ideaId: number;
  photos: PhotoInfo[];
  show: boolean;
  manage: boolean;
}) {
  return (
    <>
      {p.show ? <PhotoGallery ctx={p.ctx} itemUrl={`/ideeen/${p.ideaId}`} photos={p.photos} /> : null}
      {p.manage ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/ideeen/${p.ideaId}/fotos`}>
            {p.ctx.t("photos.manage.link", { count: p.photos.length, max: MAX_PHOTOS_PER_ITEM })}
          </a>
        </p>
      ) : null}
    </>
  );
}
