import { describe, expect, it } from "vitest";
import { documentKind, downloadName } from "./document-file";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "latin1");
const PNG = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(16)]);

describe("a consultation document's real type", () => {
  it("is read from the content, never from the name", () => {
    expect(documentKind(PDF)).toEqual({ ok: true, kind: "pdf" });
    expect(documentKind(PNG)).toEqual({ ok: true, kind: "image" });
    expect(documentKind(Buffer.from("<html><script>alert(1)</script></html>"))).toEqual({
      ok: false,
      key: "consultations.documents.errors.type",
    });
    expect(documentKind(Buffer.from("%PDF-1.4\n<< /S /JavaScript /JS (x) >>\n%%EOF\n", "latin1"))).toEqual({
      ok: false,
      key: "consultations.documents.errors.active",
    });
  });

  it("is downloaded under a plain name with the extension of what it is", () => {
    expect(downloadName("Ontwerp Boomgaardplein (versie 2).pdf", "pdf", 7)).toBe(
      "ontwerp-boomgaardplein-versie-2-pdf.pdf",
    );
    expect(downloadName('Café "Één" ../../etc/passwd', "image", 7)).toBe("cafe-een-etc-passwd.webp");
    expect(downloadName("»«", "pdf", 7)).toBe("document-7.pdf");
    expect(downloadName("a".repeat(200), "pdf", 1)).toBe(`${"a".repeat(60)}.pdf`);
  });
});
