import { readFile } from "node:fs/promises";
import { parsePabulib } from "./parse";
import type { PbFile } from "./pb-file";

/** The only I/O in the pabulib tools: read a file as UTF-8 and parse it. */
export async function readPabulibFile(path: string): Promise<PbFile> {
  return parsePabulib(await readFile(path, "utf8"));
}
