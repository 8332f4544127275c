// `inspraak opinions import DIR --site SLUG [--topic T]`: imports an openData export directory as
// a closed conversation and computes its map straight away (no app server needs to run).
import type { CliIo } from "../../../core/components";
import type { Services } from "../../../core/services";
import { findSiteBySlug } from "../../../core/sites/store";
import { OpenDataParseError } from "../opendata/parse-error";
import type { OpenDataExport } from "../opendata/open-data-export";
import { readExportDirectory } from "../opendata/read-export-directory";
import { recomputeAnalysis } from "./analyze-conversation";
import { importConversation } from "./import-conversation";

const usage = "usage: inspraak opinions import DIR --site SLUG [--topic TOPIC]";

export async function runImportCli(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  withServices: CliIo["withServices"],
): Promise<number> {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--site" || arg === "--topic") {
      const value = argv[++i];
      if (value === undefined) {
        err(`${arg} needs a value\n${usage}`);
        return 2;
      }
      flags.set(arg.slice(2), value);
    } else if (arg.startsWith("--")) {
      err(`unknown option ${arg}\n${usage}`);
      return 2;
    } else positional.push(arg);
  }
  if (positional.length !== 1 || !flags.has("site")) {
    err(usage);
    return 2;
  }
  let data: OpenDataExport;
  try {
    data = await readExportDirectory(positional[0]!);
  } catch (error) {
    if (error instanceof OpenDataParseError) {
      err(`invalid export: ${error.message}`);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      err(`not found: ${(error as Error & { path?: string }).path}`);
      return 1;
    }
    throw error;
  }
  try {
    return await withServices((services) => importInto(services, flags, data, out, err));
  } catch (error) {
    if (error instanceof OpenDataParseError) {
      err(`invalid export: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function importInto(
  services: Services,
  flags: Map<string, string>,
  data: OpenDataExport,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const db = services.db.kysely;
  const site = await findSiteBySlug(db, flags.get("site")!);
  if (!site) {
    err(`No site with slug "${flags.get("site")}".`);
    return 1;
  }
  const conversation = await importConversation(services, {
    siteId: site.id,
    actorUserId: null,
    topic: flags.get("topic"),
    data,
  });
  await recomputeAnalysis(services, conversation.id);
  out(
    `Imported "${conversation.topic}" as conversation ${conversation.id} on ${site.name}: ${data.comments.length} statements, ${data.votes.length} vote rows.`,
  );
  return 0;
}
