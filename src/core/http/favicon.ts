// /favicon.ico: browsers ask for it on every first visit, and a 404 fills the logs. The icon is
// drawn here in code (a blue disc with a white "i"), so there is no binary file to keep in git,
// and it is written as a real ICO file (one 32×32 32-bit bitmap) that every browser reads.
import type { FastifyInstance } from "fastify";

const SIZE = 32;
type Rgba = [number, number, number, number];
const BLUE: Rgba = [0x1f, 0x4e, 0x8c, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The colour of pixel (x, y), y counted from the top. */
export function iconPixel(x: number, y: number): Rgba {
  const cx = x + 0.5 - SIZE / 2;
  const cy = y + 0.5 - SIZE / 2;
  if (cx * cx + cy * cy > (SIZE / 2) ** 2) return CLEAR;
  const inStem = x >= 14 && x <= 17 && y >= 13 && y <= 24;
  const dx = x + 0.5 - 16;
  const dy = y + 0.5 - 8.5;
  const inDot = dx * dx + dy * dy <= 2.5 * 2.5;
  return inStem || inDot ? WHITE : BLUE;
}

export function faviconIco(): Buffer {
  const pixels = SIZE * SIZE * 4;
  const mask = SIZE * (SIZE / 8); // 1 bit a pixel, rows of 4 bytes; all 0: the alpha channel decides
  const image = 40 + pixels + mask;
  const out = Buffer.alloc(6 + 16 + image);
  out.writeUInt16LE(0, 0);
  out.writeUInt16LE(1, 2); // type: icon
  out.writeUInt16LE(1, 4); // one image
  out.writeUInt8(SIZE, 6);
  out.writeUInt8(SIZE, 7);
  out.writeUInt16LE(1, 10); // colour planes
  out.writeUInt16LE(32, 12); // bits per pixel
  out.writeUInt32LE(image, 14);
  out.writeUInt32LE(22, 18); // offset of the image
  out.writeUInt32LE(40, 22); // BITMAPINFOHEADER
  out.writeInt32LE(SIZE, 26);
  out.writeInt32LE(SIZE * 2, 30); // ICO bitmaps count the mask in the height
  out.writeUInt16LE(1, 34);
  out.writeUInt16LE(32, 36);
  out.writeUInt32LE(pixels + mask, 42);
  let at = 22 + 40;
  for (let y = SIZE - 1; y >= 0; y--) {
    // bitmaps run bottom-up, pixels in BGRA order
    for (let x = 0; x < SIZE; x++) {
      const [r, g, b, a] = iconPixel(x, y);
      out.writeUInt8(b, at);
      out.writeUInt8(g, at + 1);
      out.writeUInt8(r, at + 2);
      out.writeUInt8(a, at + 3);
      at += 4;
    }
  }
  return out;
}

export function registerFavicon(app: FastifyInstance): void {
  const ico = faviconIco();
  app.get("/favicon.ico", async (_request, reply) =>
    reply.header("Cache-Control", "public, max-age=604800").type("image/x-icon").send(ico),
  );
}
