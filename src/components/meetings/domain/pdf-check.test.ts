import { describe, expect, it } from "vitest";
import { checkPdf } from "./pdf-check";

const pdf = (body: string) => Buffer.from(`%PDF-1.4\n${body}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, "latin1");

describe("checking an uploaded PDF by its content", () => {
  it("accepts a plain PDF, also one that opens at its first page", () => {
    expect(checkPdf(pdf("1 0 obj << /Type /Catalog >> endobj"))).toBe("ok");
    expect(checkPdf(pdf("<< /Type /Catalog /OpenAction [3 0 R /XYZ null null 0] >>"))).toBe("ok");
  });
  it("refuses what only claims to be a PDF", () => {
    expect(checkPdf(Buffer.from("<html><script>alert(1)</script></html>"))).toBe("notPdf");
    expect(checkPdf(Buffer.from("%PDF-1.4\nno end marker"))).toBe("notPdf");
    expect(checkPdf(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe("notPdf");
  });
  it("refuses a PDF with JavaScript or other actions, also when the name is escaped", () => {
    expect(checkPdf(pdf("<< /S /JavaScript /JS (app.alert(1)) >>"))).toBe("active");
    expect(checkPdf(pdf("<< /S /J#61vaScript >>"))).toBe("active");
    expect(checkPdf(pdf("<< /S /Launch /F (cmd.exe) >>"))).toBe("active");
    expect(checkPdf(pdf("<< /Type /EmbeddedFile >>"))).toBe("active");
  });
});
