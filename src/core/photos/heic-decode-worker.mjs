// Decodes an HEVC-coded HEIC (what iPhones make) in a worker thread: the prebuilt libvips in sharp
// has no HEVC decoder, and libheif compiled to WebAssembly (heic-decode) works synchronously, so
// on the main thread it would stall every other request for the second it takes.
// Plain JavaScript so that it runs in a worker without the TypeScript loader.
import { parentPort, workerData } from "node:worker_threads";
import decode from "heic-decode";

const { bytes, maxPixels } = workerData;
try {
  const images = await decode.all({ buffer: new Uint8Array(bytes) });
  try {
    const primary = images[0];
    // The size is in the file's header: refuse a decompression bomb before decoding it.
    if (primary.width * primary.height > maxPixels) parentPort.postMessage({ problem: "tooManyPixels" });
    else {
      const { width, height, data } = await primary.decode();
      parentPort.postMessage({ width, height, data }, [data.buffer]);
    }
  } finally {
    images.dispose();
  }
} catch (error) {
  parentPort.postMessage({ problem: "unreadable", message: String(error) });
}
