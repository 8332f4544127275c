// `inspraak pb …`: `codes` and `import` work on the database; everything else (compute) is the
// engine's runPbCli, which needs no database.
import fs from "node:fs/promises";
import { choiceOption, numberOption, parseCommandLine, requiredOption, UsageError } from "../../../cli/args";
import type { CliCommand, CliIo } from "../../../core/components";
import type { Services } from "../../../core/services";
import { findSiteBySlug } from "../../../core/sites/store";
import { siteBaseUrl } from "../../../core/sites/urls";
import { runPbCli } from "../cli";
import { codesCsv } from "../codes/voting-codes-csv";
import { MAX_CODES_PER_BATCH } from "../codes/voting-codes";
import { ElectionError } from "../domain/profile";
import { processClosed } from "../domain/process-rules";
import { PabulibParseError } from "../pabulib/index";
import { findProcessAnySite } from "../store/processes";
import { generateCodes } from "./generate-codes";
import { importPb } from "./import-pb";
import { METHODS, type Method } from "./process-method";

type Io = Pick<CliIo, "out" | "err">;

export const pbCommand: CliCommand = {
  summary: "pb compute|codes|import …  participatory budgets (inspraak pb --help)",
  async run(argv, io) {
    const [command, ...rest] = argv;
    if (command !== "codes" && command !== "import") return runPbCli(argv, io.out, io.err);
    let run: (services: Services) => Promise<number>;
    try {
      // Wrong usage is answered before the database is opened.
      if (command === "codes") {
        const options = parseCodesArgs(rest);
        run = (services) => codesCommand(services, options, io);
      } else {
        const options = parseImportArgs(rest);
        run = (services) => importCommand(services, options, io);
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`inspraak pb ${command}: ${error.message} (try: inspraak pb --help)`);
      return 2;
    }
    return io.withServices(run);
  },
};

const wholeOption = (value: string | undefined, name: string, max: number): number =>
  numberOption(requiredOption(value, name), name, { min: 1, max, whole: true })!;

export interface CodesOptions {
  processId: number;
  count: number;
  outFile: string | undefined;
}

/** `--process ID --count N [--out FILE.csv]` */
export function parseCodesArgs(argv: readonly string[]): CodesOptions {
  const { values } = parseCommandLine(argv, {
    process: { type: "string" },
    count: { type: "string" },
    out: { type: "string" },
  });
  return {
    processId: wholeOption(values.process, "process", 2 ** 31 - 1),
    count: wholeOption(values.count, "count", MAX_CODES_PER_BATCH),
    outFile: values.out,
  };
}

/** `pb codes --process ID --count N [--out FILE.csv]`: the CSV goes to FILE or to stdout. */
export async function codesCommand(services: Services, options: CodesOptions, io: Io): Promise<number> {
  const { processId, count, outFile } = options;
  const db = services.db.kysely;
  const process = await findProcessAnySite(db, processId);
  if (!process) {
    io.err(`No budget process with id ${processId}.`);
    return 1;
  }
  if (processClosed(process)) {
    io.err("Voting for this process has ended; no codes are made.");
    return 1;
  }
  const site = await db.selectFrom("sites").selectAll().where("id", "=", process.site_id).executeTakeFirstOrThrow();
  const codes = await generateCodes(services, process, count, null);
  const csv = codesCsv(
    process.title,
    `${await siteBaseUrl(db, services.config, site)}/begroting/${process.id}/stemcode`,
    codes,
  );
  if (outFile) {
    await fs.writeFile(outFile, csv, { mode: 0o600 });
    io.out(
      `${count} voting codes for "${process.title}" written to ${outFile}. ` +
        "Keep this file safe: the codes cannot be shown again.",
    );
  } else io.out(csv.trimEnd());
  return 0;
}

export interface ImportOptions {
  file: string;
  slug: string;
  title: string | undefined;
  method: Method | undefined;
}

/** `FILE.pb --site SLUG [--title T] [--method M]` */
export function parseImportArgs(argv: readonly string[]): ImportOptions {
  const { values, positionals } = parseCommandLine(
    argv,
    { site: { type: "string" }, title: { type: "string" }, method: { type: "string" } },
    ["FILE.pb"],
  );
  return {
    file: positionals[0]!,
    slug: requiredOption(values.site, "site"),
    title: values.title,
    method: choiceOption(values.method, "method", METHODS),
  };
}

/** `pb import FILE.pb --site SLUG [--title T] [--method M]`: a finished process with results. */
export async function importCommand(services: Services, options: ImportOptions, io: Io): Promise<number> {
  const { file, slug, method } = options;
  const site = await findSiteBySlug(services.db.kysely, slug);
  if (!site) {
    io.err(`No site with slug "${slug}".`);
    return 1;
  }
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    io.err(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code})`);
    return 1;
  }
  try {
    const process = await importPb(services, text, {
      siteId: site.id,
      title: options.title,
      method,
      actorUserId: null,
    });
    io.out(`Imported ${file} as process ${process.id} "${process.title}" on ${site.name}.`);
    return 0;
  } catch (e) {
    if (e instanceof PabulibParseError || e instanceof ElectionError) {
      io.err(`${file}: ${e.message}; nothing was imported.`);
      return 1;
    }
    throw e;
  }
}
