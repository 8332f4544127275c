// Environment → typed, validated configuration. A wrong value stops the program with one line
// naming the variable and what is allowed, so an operator never guesses.
import { z } from "zod";
import { parseTrustProxy, TRUST_PROXY_EXPECTED, type TrustProxy } from "./core/http/trust-proxy";

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const positiveInt = z.coerce.number().int().positive();

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/.+|sqlite:.+)$/, "a postgres://… URL or sqlite:PATH")
    .default("sqlite:./data/inspraak.db"),
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
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  publicUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  redisUrl?: string;
  trustProxy: TrustProxy;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  runWorkers: boolean;
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
    throw new ConfigError(`Invalid ${name}=${JSON.stringify(env[name])}: expected ${describe(issue)}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    publicUrl: c.PUBLIC_URL?.replace(/\/$/, ""),
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    redisUrl: c.REDIS_URL,
    trustProxy: c.TRUST_PROXY,
    logLevel: c.LOG_LEVEL,
    sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
    sessionMaxHours: c.SESSION_MAX_HOURS,
    runWorkers: c.RUN_WORKERS,
  };
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value") return `one of ${issue.values.map(String).join(", ")}`;
  if (issue.code === "too_small" || issue.code === "too_big")
    return `a number ${issue.message.replace(/^Too (small|big): expected number to (be|have) /, "")}`;
  if (issue.code === "invalid_type") return `a ${issue.expected}`;
  return issue.message;
}
