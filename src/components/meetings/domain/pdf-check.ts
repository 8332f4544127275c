// Is this upload a PDF we may publish? Decided by its content, never by its name or the type the
// browser claims: a PDF starts with "%PDF-1." or "%PDF-2." and ends with "%%EOF" (trailing
// whitespace allowed). A PDF that carries actions that run code or open other things (JavaScript,
// launch actions, embedded files) is refused: minutes are text for residents, nothing more.
export type PdfVerdict = "ok" | "notPdf" | "active";

// An /OpenAction alone (often "open at page 1") is harmless: what it could run is caught here.
const ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|SubmitForm|ImportData)\b/;

export function checkPdf(bytes: Uint8Array): PdfVerdict {
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  if (!/^%PDF-[12]\.\d/.test(head)) return "notPdf";
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
  if (!/%%EOF\s*$/.test(tail)) return "notPdf";
  // Names may be written with #xx escapes (/J#61vaScript); undo them before looking.
  const text = Buffer.from(bytes)
    .toString("latin1")
    .replace(/#([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)));
  return ACTIVE.test(text) ? "active" : "ok";
}
