// Structured JSON logs with request ids. Passwords, tokens, e-mail addresses and names never reach
// them: tokens and addresses in URLs are masked (also percent-encoded ones), bodies are never
// logged, known secret fields are redacted, and a mail's text (it greets the recipient by name) is
// never logged.
import crypto from "node:crypto";
import type { FastifyServerOptions } from "fastify";
import type { Config } from "../../config";

const TOKENISH = /[A-Za-z0-9_-]{32,}/g;
// An "@" as it is, or percent-encoded once or more (%40, %2540, …): browsers and forms send
// addresses in query strings encoded.
const EMAIL = /[^\s/?&=#]+(?:@|%(?:25)*40)[^\s/?&=#]+/gi;

// An identity provider's answer (authorization code, state) is secret however short it is.
const PROVIDER_PARAMS = /([?&](?:code|state|session_state)=)[^&#\s]*/g;

/** For URLs and any other text bound for the log (a mail server's error names addresses too). */
export function maskUrl(url: string): string {
  return url.replace(PROVIDER_PARAMS, "$1[redacted]").replace(TOKENISH, "[redacted]").replace(EMAIL, "[email]");
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
