// Reading a multipart/form-data upload (a form with a file, which works without JavaScript).
// The CSRF token comes as a form field here, and the form puts it first: it is checked before
// any file is read, so a cross-site upload is refused without its file being processed. A route
// opts in with `config: { csrfInMultipart: true }`; without that the usual check refuses any
// multipart POST (request-context.ts), so no route can forget it.
import { once } from "node:events";
import type { Readable } from "node:stream";
import type { FastifyRequest } from "fastify";
import { HttpError } from "./errors";

export interface UploadedFile {
  bytes: Buffer;
  /** The file was larger than the limit; `bytes` holds only its start and must not be used. */
  tooLarge: boolean;
}

export interface MultipartForm {
  fields: Record<string, string>;
  /** The file in `fileField`, or null when none was chosen (browsers send an empty part then). */
  file: UploadedFile | null;
  /** More files or fields than the form has: a crafted request, answered with a form error. */
  overLimit: boolean;
}

export const multipartRouteConfig = { csrfInMultipart: true };

const LIMIT_CODES = new Set(["FST_FILES_LIMIT", "FST_PARTS_LIMIT", "FST_FIELDS_LIMIT"]);

async function drain(stream: Readable): Promise<void> {
  if (stream.readableEnded) return;
  stream.resume();
  await once(stream, "end");
}

export async function readMultipartForm(
  request: FastifyRequest,
  options: { fileField: string; maxFileBytes: number },
): Promise<MultipartForm> {
  if (!request.isMultipart()) throw new HttpError(415, "errors.unsupportedMediaType");
  let csrfChecked = request.csrfValid(request.headers["x-csrf-token"]);
  const form: MultipartForm = { fields: {}, file: null, overLimit: false };
  const parts = request.parts({
    // A too-large file is cut off, not thrown (throwFileSizeLimit: false in app.ts), so the form
    // can be shown again with a message instead of a bare 413.
    limits: { fileSize: options.maxFileBytes, files: 1, fields: 10, parts: 12, fieldSize: 4096 },
  });
  try {
    for await (const part of parts) {
      if (part.type === "field") {
        if (part.fieldname === "_csrf") csrfChecked ||= request.csrfValid(part.value);
        else if (typeof part.value === "string" && !(part.fieldname in form.fields))
          form.fields[part.fieldname] = part.valueTruncated ? "" : part.value;
        continue;
      }
      if (!csrfChecked) {
        await drain(part.file);
        throw new HttpError(403, "errors.csrf");
      }
      if (part.fieldname !== options.fileField) {
        await drain(part.file);
        continue;
      }
      const bytes = await part.toBuffer();
      form.file = bytes.length === 0 ? null : { bytes, tooLarge: part.file.truncated };
    }
  } catch (error) {
    if (!LIMIT_CODES.has((error as { code?: string }).code ?? "")) throw error;
    form.overLimit = true;
  }
  if (!csrfChecked) throw new HttpError(403, "errors.csrf");
  return form;
}
