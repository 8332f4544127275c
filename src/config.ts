// Environment → typed, validated configuration. A wrong value stops the program with one line
// naming the variable and what is allowed, so an operator never guesses.
import { z } from "zod";
import { parseTrustProxy, TRUST_PROXY_EXPECTED, type TrustProxy } from "./core/http/trust-proxy";

/** PDOK's BRT-Achtergrondkaart (Kadaster, CC BY 4.0) in Web Mercator, as Leaflet tile template. */
export const PDOK_TILES = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";
export const PDOK_LOCATIESERVER = "https://api.pdok.nl/bzk/locatieserver/search/v3_1";
export const TILE_URL = /^(https?:\/\/[^\s"'<>]+|\/[^\s"'<>]*)$/;

export const hasTilePlaceholders = (url: string): boolean => ["{z}", "{x}", "{y}"].every((p) => url.includes(p));

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const positiveInt = z.coerce.number().int().positive();

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/.+|sqlite:.+)$/, "a postgres://… URL or sqlite:PATH")
    .default("sqlite:./data/inspraak.db"),
  // Connections each app process keeps to PostgreSQL (docs/benchmarks.md: sizing).
  DATABASE_POOL_SIZE: positiveInt.max(200).default(10),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, "an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Inspraak <noreply@inspraak.localhost>"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, "a redis:// URL")
    .optional(),
  TRUST_PROXY: z
    .string()
    .transform((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if (parsed !== null) return parsed;
      const why = value.trim() === "true" ? ', not "true" (that would believe every hop a client sends)' : "";
      ctx.addIssue({ code: "custom", message: `${TRUST_PROXY_EXPECTED}${why}` });
      return z.NEVER;
    })
    .default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: positiveInt.default(120),
  SESSION_MAX_HOURS: positiveInt.default(24),
  RUN_WORKERS: bool.default(true),
  // The one-second cache of anonymous pages; off to measure (or debug) what rendering costs.
  PAGE_CACHE: bool.default(true),
  // The default site's identity provider (OpenID Connect); more are added in /admin/inloggen.
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(500).optional(),
  OIDC_LABEL: z.string().min(1).max(80).default("Inloggen met DigiD"),
  OIDC_SCOPES: z
    .string()
    .regex(/^(\S+ )*\S+$/, "scopes separated by single spaces")
    .refine((v) => v.split(" ").includes("openid"), "scopes that include openid")
    .default("openid profile"),
  OIDC_ACR_VALUES: z
    .string()
    .regex(/^(\S+ )*\S+$/, "assurance levels separated by single spaces")
    .optional(),
  OIDC_CLAIM_POSTCODE: z.string().min(1).max(100).default("address.postal_code"),
  OIDC_CLAIM_BIRTHDATE: z.string().min(1).max(100).default("birthdate"),
  OIDC_CLAIM_NAME: z.string().min(1).max(100).default("name"),
  OIDC_TIMEOUT_SECONDS: positiveInt.max(60).default(10),
  // Maps and address search (docs/maps.md); each site may override these in /admin/kaart.
  MAP_TILE_URL: z
    .string()
    .regex(TILE_URL, "an https:// (or /path) tile URL template with {z}, {x} and {y}")
    .refine(hasTilePlaceholders, "a tile URL template with {z}, {x} and {y}")
    .default(PDOK_TILES),
  MAP_TILE_ATTRIBUTION: z.string().min(1).max(300).default("Kaartgegevens © Kadaster"),
  ADDRESS_SEARCH_URL: z
    .string()
    .regex(/^(off|https?:\/\/\S+)$/, 'an http(s):// base URL of a Locatieserver, or "off"')
    .default(PDOK_LOCATIESERVER),
  ADDRESS_SEARCH_TIMEOUT_MS: positiveInt.min(100).max(30_000).default(2500),
});

/** The default site's provider from the environment (OIDC_*), when OIDC_ISSUER is set. */
export interface EnvIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  label: string;
  scopes: string;
  acrValues: string;
  claims: { postcode: string; birthdate: string; displayName: string };
}

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  databasePoolSize: number;
  publicUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  redisUrl?: string;
  trustProxy: TrustProxy;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  runWorkers: boolean;
  /** Keep anonymous pages for a second (see core/http/page-cache.ts). */
  pageCache: boolean;
  oidc?: EnvIdentityProvider;
  /** How long to wait for any identity provider (discovery, token, userinfo) before giving up. */
  oidcTimeoutSeconds: number;
  /** The installation's map and address search defaults; see core/places/settings.ts. */
  places: { tileUrl: string; tileAttribution: string; addressUrl: string | null; addressTimeoutMs: number };
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== "") input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const shown = name.endsWith("_SECRET") ? "(hidden)" : JSON.stringify(env[name]);
    throw new ConfigError(`Invalid ${name}=${shown}: expected ${describe(issue)}`);
  }
  const c = parsed.data;
  const oidcMissing = !c.OIDC_ISSUER
    ? undefined
    : (["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const).find((name) => !c[name]);
  if (oidcMissing) throw new ConfigError(`Missing ${oidcMissing}: required when OIDC_ISSUER is set`);
  const orphan = Object.keys(input).find((k) => /^OIDC_(CLIENT_ID|CLIENT_SECRET|ACR_VALUES)$/.test(k));
  if (!c.OIDC_ISSUER && orphan) throw new ConfigError(`Invalid ${orphan}: OIDC_ISSUER is not set`);
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    databasePoolSize: c.DATABASE_POOL_SIZE,
    publicUrl: c.PUBLIC_URL?.replace(/\/$/, ""),
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    redisUrl: c.REDIS_URL,
    trustProxy: c.TRUST_PROXY,
    logLevel: c.LOG_LEVEL,
    sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
    sessionMaxHours: c.SESSION_MAX_HOURS,
    runWorkers: c.RUN_WORKERS,
    pageCache: c.PAGE_CACHE,
    oidcTimeoutSeconds: c.OIDC_TIMEOUT_SECONDS,
    places: {
      tileUrl: c.MAP_TILE_URL,
      tileAttribution: c.MAP_TILE_ATTRIBUTION,
      addressUrl: c.ADDRESS_SEARCH_URL === "off" ? null : c.ADDRESS_SEARCH_URL.replace(/\/$/, ""),
      addressTimeoutMs: c.ADDRESS_SEARCH_TIMEOUT_MS,
    },
    oidc: c.OIDC_ISSUER
      ? {
          issuer: c.OIDC_ISSUER.replace(/\/$/, ""),
          clientId: c.OIDC_CLIENT_ID!,
          clientSecret: c.OIDC_CLIENT_SECRET!,
          label: c.OIDC_LABEL,
          scopes: c.OIDC_SCOPES,
          acrValues: c.OIDC_ACR_VALUES ?? "",
          claims: {
            postcode: c.OIDC_CLAIM_POSTCODE,
            birthdate: c.OIDC_CLAIM_BIRTHDATE,
            displayName: c.OIDC_CLAIM_NAME,
          },
        }
      : undefined,
  };
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value") return `one of ${issue.values.map(String).join(", ")}`;
  if (issue.code === "too_small" || issue.code === "too_big")
    return `a number ${issue.message.replace(/^Too (small|big): expected number to (be|have) /, "")}`;
  if (issue.code === "invalid_type") return `a ${issue.expected}`;
  return issue.message;
}
