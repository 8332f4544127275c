// HEVC-coded HEIC to raw RGBA pixels, in a worker thread (see heic-decode-worker.mjs for why).
import { Worker } from "node:worker_threads";
import { MAX_INPUT_PIXELS } from "./rules";

export interface RawPixels {
  width: number;
  height: number;
  data: Uint8Array;
}

export type HeicOutcome = RawPixels | { problem: "tooManyPixels" | "unreadable" };

export function decodeHeicInWorker(bytes: Buffer): Promise<HeicOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./heic-decode-worker.mjs", import.meta.url), {
      workerData: { bytes, maxPixels: MAX_INPUT_PIXELS },
      // libheif reports decoding failures on the console; the outcome says enough.
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (outcome: HeicOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
      void worker.terminate();
    };
    worker.stdout.resume();
    worker.stderr.resume();
    worker.once("message", (message: HeicOutcome | { problem: string }) => {
      if ("problem" in message)
        settle({ problem: message.problem === "tooManyPixels" ? "tooManyPixels" : "unreadable" });
      else settle(message);
    });
    worker.once("error", () => settle({ problem: "unreadable" }));
    worker.once("exit", () => settle({ problem: "unreadable" }));
  });
}
