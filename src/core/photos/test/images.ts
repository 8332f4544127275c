// Test photos, made with sharp itself (no binary fixtures to trust), except the HEVC-coded HEIC:
// neither sharp nor libheif-js can encode HEVC, so hevc-gps.heic was made once with libheif's
// heif-enc (x265) from a 120×80 JPEG carrying EXIF with a GPS position: left half blue, right half
// yellow. See docs/photos.md.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";

/**
 * A "photo": soft colour patches (a coarse random grid, interpolated) with fine grain on top, so
 * it compresses about like a real picture: neither a flat colour nor pure noise.
 */
export function photoPixels(width: number, height: number, seed = 1): Buffer {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const cell = 48;
  const gw = Math.ceil(width / cell) + 2;
  const gh = Math.ceil(height / cell) + 2;
  const grid = new Float32Array(gw * gh * 3).map(() => (next() >>> 24) & 0xff);
  const pixels = new Uint8ClampedArray(width * height * 3);
  let o = 0;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y / cell);
    const fy = y / cell - y0;
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x / cell);
      const fx = x / cell - x0;
      const a = (y0 * gw + x0) * 3;
      const b = a + gw * 3;
      for (let c = 0; c < 3; c++) {
        const top = grid[a + c]! * (1 - fx) + grid[a + 3 + c]! * fx;
        const bottom = grid[b + c]! * (1 - fx) + grid[b + 3 + c]! * fx;
        const grain = ((next() >>> 27) & 0x1f) - 16; // -16…15
        pixels[o++] = top * (1 - fy) + bottom * fy + grain;
      }
    }
  }
  return Buffer.from(pixels.buffer);
}

const raw = (width: number, height: number, seed?: number) =>
  sharp(photoPixels(width, height, seed), { raw: { width, height, channels: 3 } });

/** GPS in the Amsterdam area, the kind of location a phone writes into every photo. */
export const GPS_EXIF = {
  IFD0: { Make: "Inspraak test camera", Model: "Fixture" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 22/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 53/1 0/1" },
};

/** A JPEG with EXIF GPS; `orientation` 6 means "turn 90° clockwise to show it upright". */
export async function jpegWithGps(width = 800, height = 600, orientation?: number): Promise<Buffer> {
  let image = raw(width, height).jpeg({ quality: 85 }).withExif(GPS_EXIF);
  if (orientation) image = image.withMetadata({ orientation });
  return image.toBuffer();
}

export const pngWithAlpha = (width = 300, height = 200) =>
  sharp({ create: { width, height, channels: 4, background: { r: 10, g: 120, b: 60, alpha: 0.5 } } })
    .png()
    .toBuffer();

export const webpPhoto = (width = 640, height = 480) => raw(width, height, 7).webp({ quality: 80 }).toBuffer();

/** AV1-coded HEIF (brand "avif"): the HEIF sharp can write. */
export const av1Heif = (width = 320, height = 240) => raw(width, height, 3).heif({ compression: "av1" }).toBuffer();

/** HEVC-coded HEIC (brand "heic"), 120×80, with EXIF GPS: what an iPhone makes, in small. */
export const hevcHeic = () => fs.readFileSync(path.join(import.meta.dirname, "hevc-gps.heic"));

/** A PNG claiming 10000×10000 pixels (100 MP), with data for one row only: must be refused before decoding. */
export function pngBomb(side = 10_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from("\x89PNG\r\n\x1a\n", "latin1"),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(1 + side * 3))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
