import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectPhotoFormat } from "./detect-format";
import { PhotoRejected, processPhoto, type ProcessedPhoto } from "./process-photo";
import { photoSizes, THUMB } from "./rules";
import { av1Heif, hevcHeic, jpegWithGps, pngBomb, pngWithAlpha, webpPhoto } from "./test/images";

async function rejection(bytes: Buffer): Promise<string> {
  try {
    await processPhoto(bytes);
  } catch (error) {
    if (error instanceof PhotoRejected) return error.problem;
    throw error;
  }
  return "accepted";
}

/** Every stored file is a WebP of the promised size, with no metadata left at all. */
async function expectCleanWebp(photo: ProcessedPhoto) {
  for (const file of photo.files) {
    const meta = await sharp(file.bytes).metadata();
    expect(meta.format).toBe("webp");
    expect([meta.width, meta.height]).toEqual([file.width, file.height]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
  }
  const thumb = photo.files.find((f) => f.variant === "thumb")!;
  expect([thumb.width, thumb.height]).toEqual([THUMB.width, THUMB.height]);
}

describe("detectPhotoFormat", () => {
  it("reads the type from the bytes, whatever the file is called", async () => {
    expect(detectPhotoFormat(await jpegWithGps(40, 30))).toBe("jpeg");
    expect(detectPhotoFormat(await pngWithAlpha())).toBe("png");
    expect(detectPhotoFormat(await webpPhoto(40, 30))).toBe("webp");
    expect(detectPhotoFormat(await av1Heif(40, 30))).toBe("heif");
    expect(detectPhotoFormat(hevcHeic())).toBe("heif");
    expect(detectPhotoFormat(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'></svg>"))).toBeNull();
    expect(detectPhotoFormat(Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"))).toBeNull();
    expect(detectPhotoFormat(Buffer.from("%PDF-1.7 not a photo at all"))).toBeNull();
    expect(detectPhotoFormat(Buffer.alloc(3))).toBeNull();
  });
});

describe("photoSizes", () => {
  it("never enlarges, caps the longest side, and offers smaller widths below the largest", () => {
    expect(photoSizes(4000, 3000).map((s) => [s.width, s.height])).toEqual([
      [480, 360],
      [960, 720],
      [1600, 1200],
    ]);
    expect(photoSizes(3000, 4000).map((s) => [s.width, s.height])).toEqual([
      [480, 640],
      [960, 1280],
      [1200, 1600],
    ]);
    expect(photoSizes(800, 600).map((s) => s.variant)).toEqual(["480", "800"]);
    expect(photoSizes(300, 200).map((s) => s.variant)).toEqual(["300"]);
  });
});

describe("processPhoto", () => {
  it("turns a phone JPEG upright and drops its EXIF, GPS location included", async () => {
    const input = await jpegWithGps(800, 600, 6);
    expect((await sharp(input).metadata()).exif?.length).toBeGreaterThan(0);
    const photo = await processPhoto(input);
    // Orientation 6: stored 800 wide, shown 600 wide.
    expect([photo.width, photo.height]).toEqual([600, 800]);
    expect(photo.files.map((f) => f.variant)).toEqual(["480", "600", "thumb"]);
    await expectCleanWebp(photo);
    expect(photo.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("re-encodes PNG (with transparency) and WebP", async () => {
    const png = await processPhoto(await pngWithAlpha(300, 200));
    expect([png.width, png.height]).toEqual([300, 200]);
    await expectCleanWebp(png);
    const webp = await processPhoto(await webpPhoto(2000, 1500));
    expect(webp.files.map((f) => `${f.width}x${f.height}`)).toEqual(["480x360", "960x720", "1600x1200", "192x144"]);
    await expectCleanWebp(webp);
  });

  it("accepts HEIF coded in AV1 (decoded by libvips)", async () => {
    const photo = await processPhoto(await av1Heif(320, 240));
    expect([photo.width, photo.height]).toEqual([320, 240]);
    await expectCleanWebp(photo);
  });

  it("accepts HEIC coded in HEVC as iPhones make it (libheif in WebAssembly), without its GPS", async () => {
    const input = hevcHeic();
    expect((await sharp(input).metadata()).exif?.length).toBeGreaterThan(0);
    const photo = await processPhoto(input);
    expect([photo.width, photo.height]).toEqual([120, 80]);
    await expectCleanWebp(photo);
    // The colours survive decoding: blue on the left, yellow on the right.
    const { data } = await sharp(photo.files[0]!.bytes).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * 120 + x) * 3, (y * 120 + x) * 3 + 3)];
    expect(at(10, 40)[2]).toBeGreaterThan(180);
    expect(at(110, 40)[0]).toBeGreaterThan(180);
    expect(at(110, 40)[2]).toBeLessThan(80);
  });

  it("refuses what is not a photo, a broken photo, and a decompression bomb, each with its own reason", async () => {
    expect(await rejection(Buffer.from("Dit is een tekstbestand met de naam foto.jpg"))).toBe("type");
    const jpeg = await jpegWithGps(200, 150);
    expect(await rejection(jpeg.subarray(0, 400))).toBe("unreadable");
    expect(await rejection(pngBomb())).toBe("tooManyPixels");
    // A HEIF whose content is damaged goes through both decoders and is then refused.
    const heic = Buffer.from(hevcHeic());
    heic.fill(0, 300);
    expect(await rejection(heic)).toBe("unreadable");
  });

  it("handles uploads one after another, so a failure does not block the next", async () => {
    const results = await Promise.allSettled([
      processPhoto(Buffer.from("not a photo, but long enough")),
      processPhoto(await webpPhoto(100, 80)),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
  });
});
