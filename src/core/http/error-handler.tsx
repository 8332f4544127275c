// Every error ends here: a page in the site's style for people, problem+json for the API.
// Details go to the log only; the visitor sees a plain message.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasMessage, translator } from "../i18n/catalog";
import { Layout } from "../views/layout";
import { VerifyFirstPage } from "../views/verify-first";
import { HttpError, RateLimitedError, VerifyFirstError } from "./errors";
import { RuleRefusedError } from "../participation/refusal-error";
import { RuleRefusedPage } from "../views/participation-rule";
import { sendPage } from "./render";

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/");
}

/** What pg and better-sqlite3 say when the database cannot be reached or was closed. */
const DATABASE_DOWN_MESSAGES = [
  /connect ECONNREFUSED/i,
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /database is closed/i,
  /driver has already been destroyed/i,
];

function looksLikeDatabaseDown(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? "";
  const message = error instanceof Error ? error.message : "";
  return (
    ["ECONNREFUSED", "57P01", "57P03", "08006", "08001", "SQLITE_CANTOPEN", "SQLITE_IOERR"].includes(code) ||
    DATABASE_DOWN_MESSAGES.some((pattern) => pattern.test(message))
  );
}

function classify(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const fe = error as FastifyError;
  if (fe.statusCode === 413 || fe.code === "FST_ERR_CTP_BODY_TOO_LARGE") return new HttpError(413, "errors.tooLarge");
  if (fe.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return new HttpError(415, "errors.unsupportedMediaType");
  if (
    fe.validation ||
    fe.code?.startsWith("FST_ERR_CTP") ||
    (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
  ) {
    return new HttpError(fe.statusCode && fe.statusCode < 500 ? fe.statusCode : 400, "errors.badRequest");
  }
  if (looksLikeDatabaseDown(error)) return new HttpError(503, "errors.unavailable");
  return new HttpError(500, "errors.server");
}

export function sendError(request: FastifyRequest, reply: FastifyReply, httpError: HttpError): FastifyReply {
  const lang = request.lang ?? "nl";
  const t = request.t ?? translator(lang);
  if (httpError instanceof RateLimitedError) reply.header("Retry-After", String(httpError.retryAfterSeconds));
  if (httpError.status === 503) reply.header("Retry-After", "30");
  if (isApiRequest(request)) {
    return reply
      .status(httpError.status)
      .type("application/problem+json")
      .send({
        type: `about:blank`,
        title: t(httpError.messageKey, httpError.params),
        status: httpError.status,
        instance: request.url.split("?")[0],
        ...(httpError.fieldErrors.length
          ? {
              invalidParams: httpError.fieldErrors.map((e) => ({
                name: e.field,
                code: e.messageKey,
                reason: t(e.messageKey),
              })),
            }
          : {}),
      });
  }
  if (httpError.status === 401) {
    // People who are not logged in are sent to the log-in page and brought back afterwards.
    const back =
      request.method === "GET"
        ? request.url
        : request.headers.referer
          ? new URL(request.headers.referer, "http://x").pathname
          : "/";
    return reply.redirect(`/inloggen?terug=${encodeURIComponent(back)}`, 303);
  }
  if (httpError instanceof RuleRefusedError && request.site) {
    // What is missing and the way to meet it: DigiD, a letter code, or "not in your area".
    return sendPage(reply, <RuleRefusedPage ctx={request.pageContext()} e={httpError.explanation} />, 403);
  }
  if (httpError instanceof VerifyFirstError && request.site && request.user) {
    // Not a dead end: what is missing, "send the link again", and the way back after confirming.
    const page = (
      <VerifyFirstPage ctx={request.pageContext()} reasonKey={httpError.messageKey} returnTo={httpError.returnTo} />
    );
    return sendPage(reply, page, 403);
  }
  const title = t(
    hasMessage(lang, `errors.title.${httpError.status}`) ? `errors.title.${httpError.status}` : "errors.title.400",
  );
  if (!request.site) {
    // No site (database down before we could look it up): a self-contained page, no layout.
    return reply
      .status(httpError.status)
      .type("text/html; charset=utf-8")
      .send(
        `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>` +
          `<body><main><h1>${title}</h1><p>${t(httpError.messageKey, httpError.params)}</p></main></body></html>`,
      );
  }
  const ctx = request.pageContext();
  return sendPage(
    reply,
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t(httpError.messageKey, httpError.params)}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          {t("errors.backHome")}
        </a>
      </p>
    </Layout>,
    httpError.status,
  );
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const httpError = classify(error);
    if (httpError.status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ status: httpError.status, key: httpError.messageKey }, "request refused");
    return sendError(request, reply, httpError);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new HttpError(404, "errors.notFound")));
}
