// The rules for photos of an idea or a budget project, in one place: how many, how big, which
// sizes are stored, and what an alt text must be. Pure; the upload route, the image pipeline, the
// views and the tests all read these.
import { z } from "zod";

export const MAX_PHOTOS_PER_ITEM = 4;
/** Per uploaded file, before re-encoding. Phone photos are 2–8 MB; HEIC from a 48 MP camera ~10. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / 1024 / 1024;
/** Decompression-bomb guard: a 48 MP phone photo passes, a 1 KB file claiming 100k×100k does not. */
export const MAX_INPUT_PIXELS = 50_000_000;
export const MAX_INPUT_MEGAPIXELS = MAX_INPUT_PIXELS / 1_000_000;
/** The longest side of the largest stored size; larger adds bytes, not detail, on a web page. */
export const LARGEST_SIDE = 1600;
/** Smaller widths offered in srcset, so a phone does not download the large one. */
export const SMALLER_WIDTHS = [480, 960] as const;
/** The list thumbnail: a 4:3 crop, stored at twice the CSS size for sharp screens. */
export const THUMB = { width: 192, height: 144, cssWidth: 96, cssHeight: 72 } as const;
export const ALT_MAX_LENGTH = 250;
/** Upload attempts per account per hour: decoding is heavy work, and 4 photos need only a few. */
export const UPLOADS_PER_HOUR = 30;

export interface PhotoSize {
  /** The name of the stored file: its width, or "thumb". */
  variant: string;
  width: number;
  height: number;
}

/**
 * The sizes stored for a photo of `width`×`height` (already turned upright): the largest fits
 * LARGEST_SIDE without enlarging, and each smaller width below it. Ascending by width.
 */
export function photoSizes(width: number, height: number): PhotoSize[] {
  const scale = Math.min(1, LARGEST_SIDE / Math.max(width, height));
  const largest = { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
  const sizes: PhotoSize[] = SMALLER_WIDTHS.filter((w) => w < largest.width).map((w) => ({
    variant: String(w),
    width: w,
    height: Math.max(1, Math.round((largest.height * w) / largest.width)),
  }));
  sizes.push({ variant: String(largest.width), ...largest });
  return sizes;
}

export const THUMB_VARIANT = "thumb";

/** A stored file's name in a URL: only these variants exist, so anything else is a 404. */
export const isVariantName = (name: string): boolean => name === THUMB_VARIANT || /^[1-9]\d{0,3}$/.test(name);

export const mayAddPhoto = (current: number): boolean => current < MAX_PHOTOS_PER_ITEM;

/** Alt text: what the photo shows, for people who cannot see it (WCAG 1.1.1). Required. */
export const altTextSchema = z.object({
  alt: z
    .string()
    .trim()
    .min(1, "photos.errors.altRequired")
    .max(ALT_MAX_LENGTH, "photos.errors.altTooLong")
    // One line: a pasted newline or tab would only confuse a screen reader.
    .transform((s) => s.replace(/\s+/g, " ")),
});
