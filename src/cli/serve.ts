// Serving HTTP with graceful shutdown, and migrating.
import { build } from "../app";
import type { Config } from "../config";
import { components } from "../components";
import { openDatabase } from "../core/db/database";
import { migrateToLatest } from "../core/db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, databaseIsEmpty, seedDemo } from "../core/sites/demo";
import { parseCommandLine } from "./args";

export async function migrateCommand(config: Config, argv: string[]): Promise<number> {
  parseCommandLine(argv, {}); // takes no arguments: anything given is wrong usage
  const db = openDatabase(config.databaseUrl);
  try {
    const applied = await migrateToLatest(db, components);
    process.stdout.write(applied.length ? `Applied: ${applied.join(", ")}\n` : "The database is up to date.\n");
    return 0;
  } finally {
    await db.close();
  }
}

export async function serveCommand(config: Config, argv: string[]): Promise<number> {
  const { values } = parseCommandLine(argv, { demo: { type: "boolean" } });
  const demo = values.demo === true;
  const started = performance.now();
  const built = await build(config, { serve: true, demo: argv.includes("--demo") });
  const { app, services } = built;
  let seeded = false;
  if (demo && (await databaseIsEmpty(services))) {
    await seedDemo(services);
    seeded = true;
  }
  const address = await app.listen({ port: config.port, host: config.host });
  const readyMs = Math.round(performance.now() - started);
  app.log.info({ address, readyMs }, "Inspraak is ready");
  if (demo) printDemoBanner(address, seeded, services.mail.kind);

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      app.log.info({ signal }, "shutting down");
      resolve();
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
  // Fastify's close stops accepting, waits for in-flight requests, then we close the database.
  await built.close();
  return 0;
}

function printDemoBanner(address: string, seeded: boolean, mailKind: string): void {
  const url = address.replace("127.0.0.1", "localhost");
  const lines = [
    "",
    `  Inspraak demo: ${url}`,
    seeded
      ? `  A demo site was created. Demo accounts (password for all: ${DEMO_PASSWORD}):`
      : `  Demo accounts (password: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(10)} ${a.email}`),
    mailKind === "smtp"
      ? "  Mail is sent through SMTP_URL."
      : `  Mail is not sent (no SMTP_URL): each account reads its own mail at ${url}/account/post`,
    mailKind === "smtp" ? "" : "  (the admin's list at /admin/outbox hides the links in it).",
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
