import { readFile } from "node:fs/promises";
import path from "node:path";
import { openDataFiles, type OpenDataExport } from "./open-data-export";
import { parseOpenDataExport } from "./parse-export";

/**
 * The only I/O of the openData tools: read an export directory. comments.csv and votes.csv are
 * required; participants-votes.csv and summary.csv are read when present. Errors name the full
 * path of the file.
 */
export async function readExportDirectory(directory: string): Promise<OpenDataExport> {
  const file = (name: string) => path.join(directory, name);
  // One after the other, so a directory missing several files always names comments.csv first.
  const comments = await readFile(file(openDataFiles.comments), "utf8");
  const votes = await readFile(file(openDataFiles.votes), "utf8");
  const participantsVotes = await readOptional(file(openDataFiles.participantsVotes));
  const summary = await readOptional(file(openDataFiles.summary));
  return parseOpenDataExport({ comments, votes, participantsVotes, summary }, file);
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
