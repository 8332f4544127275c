// Structured JSON logs with request ids. Passwords, tokens and e-mail addresses never reach them:
// tokens in URLs are masked, bodies are never logged, and known secret fields are redacted.
import crypto from "node:crypto";
import type { FastifyServerOptions } from "fastify";
import type { Config } from "../../config";

const TOKENISH = /[A-Za-z0-9_-]{32,}/g;
const EMAIL = /[^\s/?&=]+@[^\s/?&=]+/g;

export function maskUrl(url: string): string {
  return url.replace(TOKENISH, "[redacted]").replace(EMAIL, "[email]");
}

export function loggerOptions(config: Config, stream?: NodeJS.WritableStream): FastifyServerOptions {
  return {
    logger: {
      level: config.logLevel,
      ...(stream ? { stream } : {}),
      redact: {
        paths: [
          "req.headers.cookie",
          "req.headers.authorization",
          "req.headers['x-csrf-token']",
          "res.headers['set-cookie']",
          "*.password",
          "*.email",
          "*.to",
          "*.token",
        ],
        censor: "[redacted]",
      },
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          method: req.method,
          url: maskUrl(req.url),
          id: req.id,
        }),
      },
    },
    requestIdHeader: "x-request-id",
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    },
  };
}
