// `inspraak pb …`: `codes` and `import` work on the database; everything else (compute) is the
// engine's runPbCli, which needs no database.
import fs from "node:fs/promises";
import { parseArgs, stringFlag, UsageError } from "../../../cli/args";
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
    if (argv[0] !== "codes" && argv[0] !== "import") return runPbCli(argv, io.out, io.err);
    try {
      return await io.withServices((services) =>
        argv[0] === "codes" ? codesCommand(services, argv.slice(1), io) : importCommand(services, argv.slice(1), io),
      );
    } catch (error) {
      if (error instanceof UsageError) {
        io.err(`inspraak pb ${argv[0]}: ${error.message}`);
        return 2;
      }
      throw error;
    }
  },
};

const wholeFlag = (args: ReturnType<typeof parseArgs>, name: string, max: number): number => {
  const text = stringFlag(args, name, true)!;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > max)
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
};

/** `pb codes --process ID --count N [--out FILE.csv]`: the CSV goes to FILE or to stdout. */
export async function codesCommand(services: Services, argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  const processId = wholeFlag(args, "process", 2 ** 31 - 1);
  const count = wholeFlag(args, "count", MAX_CODES_PER_BATCH);
  const outFile = stringFlag(args, "out");
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
      `${count} voting codes for "${process.title}" written to ${outFile}. Keep this file safe: the codes cannot be shown again.`,
    );
  } else io.out(csv.trimEnd());
  return 0;
}

/** `pb import FILE.pb --site SLUG [--title T] [--method M]`: a finished process with results. */
export async function importCommand(services: Services, argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  const file = args.positional[0];
  if (!file) throw new UsageError("missing FILE.pb");
  const slug = stringFlag(args, "site", true)!;
  const method = stringFlag(args, "method");
  if (method !== undefined && !(METHODS as readonly string[]).includes(method))
    throw new UsageError(`--method must be one of ${METHODS.join(", ")}`);
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
      title: stringFlag(args, "title"),
      method: method as Method | undefined,
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
