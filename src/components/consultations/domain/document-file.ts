// Documents staff attach to a consultation: what the upload really is (read from its content,
// never from its name or the type the browser claims) and the name it is downloaded under.
import { detectPhotoFormat } from "../../../core/photos/detect-format";
import { checkPdf } from "../../meetings/domain/pdf-check";

export const MAX_DOCUMENT_MB = 10;
export const MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MB * 1024 * 1024;
export const MAX_DOCUMENTS = 20;

export type DocumentKind = "pdf" | "image";
/** The kind, or the form's message key when the file may not be published. */
export type DocumentVerdict = { ok: true; kind: DocumentKind } | { ok: false; key: string };

export function documentKind(bytes: Uint8Array): DocumentVerdict {
  if (detectPhotoFormat(bytes)) return { ok: true, kind: "image" };
  const pdf = checkPdf(bytes);
  if (pdf === "ok") return { ok: true, kind: "pdf" };
  return {
    ok: false,
    key: pdf === "active" ? "consultations.documents.errors.active" : "consultations.documents.errors.type",
  };
}

/**
 * The download's file name: the title staff gave it in plain letters, digits and hyphens (no path,
 * no quotes, nothing a header or a file system reads differently), at most 60 characters, with the
 * extension of what it really is. Images are stored re-encoded as WebP (metadata dropped).
 */
export function downloadName(title: string, kind: DocumentKind, id: number): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || `document-${id}`}.${kind === "pdf" ? "pdf" : "webp"}`;
}
