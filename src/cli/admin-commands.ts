// Operator commands: seed the demo, create an administrator, add a site.
import crypto from "node:crypto";
import type { Config } from "../config";
import { createUser, findUserByEmail, grantRole } from "../core/auth/users";
import { databaseIsEmpty, seedDemo } from "../core/sites/demo";
import { createSite, defaultSite, findSiteBySlug } from "../core/sites/store";
import { parseCommandLine, requiredOption, UsageError } from "./args";
import { withServices } from "./services";

type Io = { out(s: string): void; err(s: string): void };

/** The sub-command word ("create"), then that sub-command's own arguments. */
function subcommand(argv: string[], command: string, word: string): string[] {
  if (argv[0] !== word) throw new UsageError(`${command} needs "${word}"`);
  return argv.slice(1);
}

export async function seedCommand(config: Config, argv: string[], io: Io): Promise<number> {
  const { values } = parseCommandLine(argv, { demo: { type: "boolean" } });
  if (!values.demo) throw new UsageError("seed needs --demo");
  return withServices(config, async (services) => {
    if (!(await databaseIsEmpty(services))) {
      io.err("The database is not empty; the demo is only put in an empty database.");
      return 1;
    }
    await seedDemo(services);
    io.out("Demo site created.");
    return 0;
  });
}

export async function adminCommand(config: Config, argv: string[], io: Io): Promise<number> {
  const { values } = parseCommandLine(subcommand(argv, "admin", "create"), {
    email: { type: "string" },
    name: { type: "string" },
    site: { type: "string" },
    password: { type: "string" },
  });
  const email = requiredOption(values.email, "email");
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError("--email must be an e-mail address");
  const slug = values.site;
  const given = values.password;
  if (given !== undefined && given.length < 12) throw new UsageError("--password must have at least 12 characters");
  return withServices(config, async (services) => {
    const db = services.db.kysely;
    const site = slug ? await findSiteBySlug(db, slug) : await defaultSite(db);
    if (!site) {
      io.err(slug ? `No site with slug "${slug}".` : 'There is no site yet: run "inspraak site create" first.');
      return 1;
    }
    const existing = await findUserByEmail(db, site.id, email);
    if (existing) {
      await grantRole(db, existing.id, "admin");
      io.out(`${email} is now an administrator of ${site.name}.`);
      return 0;
    }
    const password = given ?? crypto.randomBytes(12).toString("base64url");
    await createUser(
      db,
      {
        siteId: site.id,
        email,
        password,
        displayName: values.name || email.split("@")[0]!,
        verified: true,
        roles: ["admin"],
      },
      services.clock(),
    );
    const shown = given ? "" : ` Password: ${password} (change it after logging in)`;
    io.out(`Administrator ${email} created for ${site.name}.${shown}`);
    return 0;
  });
}

export async function siteCommand(config: Config, argv: string[], io: Io): Promise<number> {
  const { values } = parseCommandLine(subcommand(argv, "site", "create"), {
    slug: { type: "string" },
    name: { type: "string" },
    host: { type: "string", multiple: true },
    "council-name": { type: "string" },
    "council-email": { type: "string" },
    default: { type: "boolean" },
  });
  const slugValue = requiredOption(values.slug, "slug");
  if (!/^[a-z0-9-]{2,40}$/.test(slugValue))
    throw new UsageError("--slug must be 2–40 lowercase letters, digits or dashes");
  const name = requiredOption(values.name, "name");
  const hosts = values.host ?? [];
  const councilEmail = values["council-email"];
  return withServices(config, async (services) => {
    const db = services.db.kysely;
    if (await findSiteBySlug(db, slugValue)) {
      io.err(`A site with slug "${slugValue}" already exists.`);
      return 1;
    }
    const site = await createSite(
      db,
      {
        slug: slugValue,
        name,
        hosts,
        isDefault: values.default === true || (await defaultSite(db)) === undefined,
        councilName: values["council-name"] ?? "",
        councilEmails: councilEmail ? [councilEmail] : [],
      },
      services.clock(),
    );
    io.out(`Site ${site.name} created${hosts.length ? ` for ${hosts.join(", ")}` : ""}.`);
    return 0;
  });
}
