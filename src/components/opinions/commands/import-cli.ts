// `inspraak opinions import DIR --site SLUG [--topic T]`: imports an openData export directory as
// a closed conversation and computes its map straight away (no app server needs to run).
import { parseCommandLine, requiredOption, UsageError } from "../../../cli/args";
import type { CliIo } from "../../../core/components";
import type { Services } from "../../../core/services";
import { findSiteBySlug } from "../../../core/sites/store";
import type { OpenDataExport } from "../opendata/open-data-export";
import { OpenDataParseError } from "../opendata/parse-error";
import { readExportDirectory } from "../opendata/read-export-directory";
import { recomputeAnalysis } from "./analyze-conversation";
import { importConversation } from "./import-conversation";

export async function runImportCli(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  withServices: CliIo["withServices"],
): Promise<number> {
  let options: { dir: string; slug: string; topic: string | undefined };
  try {
    const { values, positionals } = parseCommandLine(argv, { site: { type: "string" }, topic: { type: "string" } }, [
      "DIR",
    ]);
    options = { dir: positionals[0]!, slug: requiredOption(values.site, "site"), topic: values.topic };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`inspraak opinions import: ${error.message} (try: inspraak opinions --help)`);
    return 2;
  }
  let data: OpenDataExport;
  try {
    data = await readExportDirectory(options.dir);
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
    return await withServices((services) => importInto(services, options, data, out, err));
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
  options: { slug: string; topic: string | undefined },
  data: OpenDataExport,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const db = services.db.kysely;
  const site = await findSiteBySlug(db, options.slug);
  if (!site) {
    err(`No site with slug "${options.slug}".`);
    return 1;
  }
  const conversation = await importConversation(services, {
    siteId: site.id,
    actorUserId: null,
    topic: options.topic,
    data,
  });
  await recomputeAnalysis(services, conversation.id);
  out(
    `Imported "${conversation.topic}" as conversation ${conversation.id} on ${site.name}: ` +
      `${data.comments.length} statements, ${data.votes.length} vote rows.`,
  );
  return 0;
}
