// `inspraak serve|migrate|seed|admin|site|…`: the command-line entry. Exit codes: 0 done,
// 1 failed, 2 wrong usage, 78 invalid configuration.
import { ConfigError, loadConfig } from "./config";
import { components } from "./components";
import { UsageError } from "./cli/args";
import { adminCommand, seedCommand, siteCommand } from "./cli/admin-commands";
import { migrateCommand, serveCommand } from "./cli/serve";
import { withServices } from "./cli/services";
import type { CliIo } from "./core/components";

const componentCommandsHelp = () =>
  components
    .flatMap((c) => Object.entries(c.cli ?? {}).map(([name, cmd]) => `  ${name.padEnd(37)}${cmd.summary}`))
    .join("\n");

const HELP = `Inspraak — participation platform for municipalities

Usage: inspraak <command> [options]

Commands:
  serve [--demo]                       migrate, then serve HTTP (--demo: seed a demo site when empty)
  migrate                              bring the database schema up to date
  seed --demo                          put the demo site in an empty database
  admin create --email E [--name N] [--site SLUG] [--password P]
                                       create an administrator (password printed when generated)
  site create --slug S --name N [--host H]... [--council-name C] [--council-email E] [--default]
                                       add a site (municipality or district) served on host H
${componentCommandsHelp()}

Configuration comes from environment variables; see README.md.`;

const io: CliIo = {
  out: (s: string) => process.stdout.write(`${s}\n`),
  err: (s: string) => process.stderr.write(`${s}\n`),
  withServices: (fn) => withServices(loadConfig(), fn),
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.out(HELP);
    return command ? 0 : 2;
  }
  try {
    const componentCommand = components.map((c) => c.cli?.[command]).find(Boolean);
    if (componentCommand) return await componentCommand.run(rest, io);
    const config = loadConfig();
    switch (command) {
      case "serve":
        return await serveCommand(config, rest);
      case "migrate":
        return await migrateCommand(config, rest);
      case "seed":
        return await seedCommand(config, rest, io);
      case "admin":
        return await adminCommand(config, rest, io);
      case "site":
        return await siteCommand(config, rest, io);
      default:
        io.err(`Unknown command "${command}". Run "inspraak --help".`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 78;
    }
    if (error instanceof UsageError) {
      io.err(`${error.message}. Run "inspraak --help".`);
      return 2;
    }
    io.err(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
