// Errors a route may throw. The error handler (error-handler.tsx) turns them into an HTML page in
// the site's style or into application/problem+json for the API.
export interface FieldError {
  field: string;
  messageKey: string;
  /** Values for the message ("Regel {line}: …"); most messages have none. */
  params?: Record<string, string | number>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** Catalog key of the message shown to the user. */
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(messageKey);
  }
}

export const badRequest = (key = "errors.badRequest", fields: FieldError[] = []) => new HttpError(400, key, {}, fields);
export const forbidden = (key = "errors.forbidden") => new HttpError(403, key);
export const notFound = (key = "errors.notFound") => new HttpError(404, key);
export const conflict = (key: string, params: Record<string, string | number> = {}) => new HttpError(409, key, params);

export class RateLimitedError extends HttpError {
  constructor(
    readonly retryAfterSeconds: number,
    /** A message with {minutes}; the default fits attempts (log-in, codes), others fit writing. */
    messageKey = "errors.rateLimited",
  ) {
    super(429, messageKey, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  }
}

/**
 * An action that needs a confirmed e-mail address, asked by an account without one. The error
 * page says what is missing, offers to send the link again and brings the person back to
 * `returnTo` (a local path) after confirming: src/core/auth/verify-first.ts.
 */
export class VerifyFirstError extends HttpError {
  constructor(
    readonly returnTo: string,
    /** What the person can do once confirmed, e.g. "Daarna kunt u steunen." */
    reasonKey: string,
  ) {
    super(403, reasonKey);
  }
}
