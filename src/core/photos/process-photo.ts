// An uploaded photo → the files we store: WebP at the sizes of photoSizes() plus a 4:3 thumbnail,
// turned upright, in sRGB, with every piece of metadata (EXIF with GPS location, XMP, ICC) dropped
// because they are re-encoded from pixels only. The type is read from the content, and the pixel
// count is checked before decoding (decompression bombs).
import crypto from "node:crypto";
import { createRequire } from "node:module";
import type { Sharp, SharpOptions } from "sharp";
import { decodeHeicInWorker, type RawPixels } from "./decode-heic";
import { detectPhotoFormat } from "./detect-format";
import { MAX_INPUT_PIXELS, photoSizes, THUMB, THUMB_VARIANT } from "./rules";

export type PhotoProblem = "type" | "unreadable" | "tooManyPixels";

/** The upload is not a photo we can use; `problem` names the message the form shows. */
export class PhotoRejected extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(`photo rejected: ${problem}`);
  }
}

export interface ProcessedFile {
  variant: string;
  width: number;
  height: number;
  bytes: Buffer;
}

export interface ProcessedPhoto {
  /** Of the largest stored size. */
  width: number;
  height: number;
  /** Part of every file's URL and ETag: a new photo never reuses a cached one. */
  hash: string;
  files: ProcessedFile[];
}

// sharp (libvips) is loaded at the first upload, so a server that never receives one does not
// carry it in memory.
const require = createRequire(import.meta.url);
type SharpModule = typeof import("sharp").default;
let sharpModule: SharpModule | null = null;
function loadSharp(): SharpModule {
  if (!sharpModule) {
    sharpModule = require("sharp") as SharpModule;
    sharpModule.cache(false); // each photo is processed once; a cache would only hold memory
  }
  return sharpModule;
}

const INPUT: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", animated: false };
const WEBP = { quality: 78, effort: 4 };
const THUMB_WEBP = { quality: 60, effort: 4 };

const isPixelLimit = (error: unknown) => /pixel limit/i.test(String((error as Error)?.message ?? error));

/** Upright pixels to resize from: the original bytes, or raw pixels for HEIF. */
type Source = { width: number; height: number; open(): Sharp };

async function sourceOf(bytes: Buffer): Promise<Source> {
  const sharp = loadSharp();
  const format = detectPhotoFormat(bytes);
  if (!format) throw new PhotoRejected("type");
  if (format === "heif") return rawSource(await decodeHeif(bytes));
  let meta: Awaited<ReturnType<Sharp["metadata"]>>;
  try {
    meta = await sharp(bytes, INPUT).metadata();
  } catch (error) {
    throw new PhotoRejected(isPixelLimit(error) ? "tooManyPixels" : "unreadable");
  }
  // The decoder must agree with the magic bytes (no file that is one thing to us, another to it).
  if (meta.format !== format || !meta.width || !meta.height) throw new PhotoRejected("unreadable");
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw new PhotoRejected("tooManyPixels");
  const upright = meta.autoOrient ?? { width: meta.width, height: meta.height };
  return { ...upright, open: () => sharp(bytes, INPUT).rotate() };
}

/** AV1-coded HEIF (AVIF) decodes in libvips; HEVC-coded HEIC (phones) needs libheif in WebAssembly. */
async function decodeHeif(bytes: Buffer): Promise<RawPixels> {
  const sharp = loadSharp();
  try {
    // libheif applies the file's own rotation and mirroring while decoding.
    const { data, info } = await sharp(bytes, INPUT).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data };
  } catch (error) {
    if (isPixelLimit(error)) throw new PhotoRejected("tooManyPixels");
  }
  const outcome = await decodeHeicInWorker(bytes);
  if ("problem" in outcome) throw new PhotoRejected(outcome.problem);
  return outcome;
}

function rawSource(pixels: RawPixels): Source {
  const sharp = loadSharp();
  const raw = { width: pixels.width, height: pixels.height, channels: 4 as const };
  return { width: pixels.width, height: pixels.height, open: () => sharp(pixels.data, { raw }) };
}

async function encode(image: Sharp, variant: string, options: typeof WEBP): Promise<ProcessedFile> {
  const { data, info } = await image.webp(options).toBuffer({ resolveWithObject: true });
  return { variant, width: info.width, height: info.height, bytes: data };
}

// One photo at a time per process: decoding a 48 MP photo takes a few hundred MB for a moment, and
// a small server should not need that several times over when uploads coincide.
let queue: Promise<unknown> = Promise.resolve();

export function processPhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  const run = queue.then(() => processNow(bytes));
  queue = run.catch(() => {});
  return run;
}

async function processNow(bytes: Buffer): Promise<ProcessedPhoto> {
  const source = await sourceOf(bytes);
  try {
    const files: ProcessedFile[] = [];
    for (const size of photoSizes(source.width, source.height)) {
      files.push(await encode(source.open().resize(size.width, size.height, { fit: "fill" }), size.variant, WEBP));
    }
    const thumb = source.open().resize(THUMB.width, THUMB.height, { fit: "cover", position: "attention" });
    files.push(await encode(thumb, THUMB_VARIANT, THUMB_WEBP));
    const largest = files[files.length - 2]!;
    const hash = crypto.createHash("sha256").update(largest.bytes).digest("hex").slice(0, 16);
    return { width: largest.width, height: largest.height, hash, files };
  } catch (error) {
    if (error instanceof PhotoRejected) throw error;
    throw new PhotoRejected(isPixelLimit(error) ? "tooManyPixels" : "unreadable");
  }
}
