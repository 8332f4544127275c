// The minutes as a PDF: checked by content, refused with a message beside the field, stored only
// when good, and served as a download.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createMeetingsApp, makeMeeting } from "../test/factories";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const file = (bytes: Buffer, contentType = "application/pdf") => ({
  name: "pdf",
  file: { filename: "verslag.pdf", contentType, bytes },
});

describe.each(testDatabases)("minutes as a PDF on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createMeetingsApp(database);
  });
  afterAll(() => t.close());

  const stored = async (id: number) =>
    (
      await t.services.db.kysely
        .selectFrom("meeting_minutes_files")
        .select("size")
        .where("meeting_id", "=", id)
        .execute()
    ).length;

  it("refuses outsiders, a missing CSRF token, and files that are no plain PDF", async () => {
    const id = await makeMeeting(t, { startsAt: "2026-11-20T18:30:00.000Z", endsAt: "2026-11-20T20:30:00.000Z" });
    const path = `/admin/bijeenkomsten/${id}/verslag-pdf`;
    const resident = await t.agentFor(t.users.resident);
    expect((await resident.postMultipart(path, [file(PDF)])).statusCode).toBe(403);
    const official = await t.agentFor(t.users.official);
    expect((await official.postMultipart(path, [{ name: "_csrf", value: "" }, file(PDF)])).statusCode).toBe(403);
    const attempts = [
      file(Buffer.from("<html><script>alert(1)</script></html>")),
      file(Buffer.from("%PDF-1.4\n<< /S /JavaScript /JS (app.alert(1)) >>\n%%EOF\n", "latin1")),
      { name: "pdf", value: "" },
    ];
    for (const part of attempts) {
      const res = await official.postMultipart(path, [part]);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('id="field-pdf-error"');
    }
    expect(await stored(id)).toBe(0);
    expect((await t.agent().get(`/bijeenkomsten/${id}/verslag.pdf`)).statusCode).toBe(404);
  });

  it("stores a good PDF, links it on the meeting page, and serves it as a download", async () => {
    const id = await makeMeeting(t, { startsAt: "2026-11-20T18:30:00.000Z", endsAt: "2026-11-20T20:30:00.000Z" });
    const official = await t.agentFor(t.users.official);
    // The type the browser claims does not matter; the content does.
    const res = await official.postMultipart(`/admin/bijeenkomsten/${id}/verslag-pdf`, [file(PDF, "text/plain")]);
    expect(res.statusCode).toBe(303);
    expect(await stored(id)).toBe(1);
    expect((await t.agent().get(`/bijeenkomsten/${id}`)).body).toContain(`href="/bijeenkomsten/${id}/verslag.pdf"`);
    const download = await t.agent().get(`/bijeenkomsten/${id}/verslag.pdf`);
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toContain("attachment");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });
});
