// What an uploaded file really is, read from its first bytes ("magic numbers"). The file name and
// the Content-Type the browser sent are chosen by the client and are never trusted.
export type PhotoFormat = "jpeg" | "png" | "webp" | "heif";

/**
 * HEIF major brands: HEVC-coded HEIC from phones (heic, heix, hevc, hevx, heim, heis), the
 * generic image brands (mif1, msf1), and AV1-coded AVIF, which is HEIF too.
 */
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis"]);

const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString("latin1");

export function detectPhotoFormat(bytes: Uint8Array): PhotoFormat | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (ascii(bytes, 0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  // ISO base media file: a box size, then "ftyp" and the major brand.
  if (ascii(bytes, 4, 8) === "ftyp" && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return "heif";
  return null;
}
