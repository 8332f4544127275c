// Showing photos: responsive images on an item's page (srcset and sizes, so a phone fetches a
// small file; width and height, so nothing jumps while loading) and the list thumbnail.
import type { PageContext } from "../views/context";
import { THUMB, THUMB_VARIANT } from "./rules";
import type { PhotoInfo, PhotoRef } from "./store";

/** Where a stored file is served; the hash makes every photo's URLs new, so they cache forever. */
export const photoFileUrl = (itemUrl: string, photo: Pick<PhotoRef, "id" | "hash">, variant: string): string =>
  `${itemUrl}/fotos/${photo.id}/${photo.hash}-${variant}.webp`;

/** Two columns from 40rem (the page's content is at most 62rem wide), else the screen's width. */
const GALLERY_SIZES = "(min-width: 40rem) 30rem, 100vw";

export function ResponsiveImage({
  itemUrl,
  photo,
  sizes = GALLERY_SIZES,
  alt = photo.alt,
}: {
  itemUrl: string;
  photo: PhotoInfo;
  sizes?: string;
  alt?: string;
}) {
  const sizesStored = photo.files.filter((f) => f.variant !== THUMB_VARIANT);
  const fallback = sizesStored.find((f) => f.width >= 960) ?? sizesStored[sizesStored.length - 1];
  return (
    <img
      class="photo"
      src={photoFileUrl(itemUrl, photo, fallback?.variant ?? String(photo.width))}
      srcset={sizesStored.map((f) => `${photoFileUrl(itemUrl, photo, f.variant)} ${f.width}w`).join(", ")}
      sizes={sizes}
      width={photo.width}
      height={photo.height}
      alt={alt}
      loading="lazy"
      decoding="async"
    />
  );
}

export function PhotoGallery({ ctx, itemUrl, photos }: { ctx: PageContext; itemUrl: string; photos: PhotoInfo[] }) {
  if (photos.length === 0) return null;
  return (
    <ul class="photo-gallery" aria-label={ctx.t("photos.gallery.label")}>
      {photos.map((photo) => (
        <li class="photo-gallery__item">
          <ResponsiveImage itemUrl={itemUrl} photo={photo} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The list thumbnail. Its alt is empty on purpose: it stands beside the item's title link, which
 * already names the item, and the photo's own description is on the item's page (WCAG technique
 * H67: a decorative image next to text that says the same). The link is not repeated around it,
 * so keyboard and screen reader users meet each item once.
 */
export function PhotoThumbnail({ itemUrl, photo }: { itemUrl: string; photo: PhotoRef }) {
  return (
    <img
      class="photo-thumb"
      src={photoFileUrl(itemUrl, photo, THUMB_VARIANT)}
      width={THUMB.cssWidth}
      height={THUMB.cssHeight}
      alt=""
      loading="lazy"
      decoding="async"
    />
  );
}
