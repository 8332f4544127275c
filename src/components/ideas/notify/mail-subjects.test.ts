// Every notification says what happened in its subject and its first line: the decision of an
// answer, the date and body of a meeting; never the generic "news about the idea". Dutch and English.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { MailMessage } from "../../../core/mail/transport";
import { supportIdea } from "../commands/support-idea";
import { asCurrentUser, bulkResidents, createIdea, createIdeasApp, setProcess } from "../test/factories";

/** The first line after the greeting ("Beste …," and an empty line). */
const firstLine = (m: MailMessage) => m.text.split("\n")[2] ?? "";

describe.each(testDatabases)("what ideas mails say on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    await setProcess(t, { threshold: 2 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("names the fact of every event in the subject and the first line, in Dutch and English", async () => {
    const id = await createIdea(t, { title: "Zebrapad bij de school" });
    const [dutch, english] = await bulkResidents(t, 2);
    await t.services.db.kysely.updateTable("users").set({ language: "en" }).where("id", "=", english!.id).execute();
    for (const u of [dutch!, english!]) await supportIdea(t.services, t.site, asCurrentUser(u), id);
    const council = await t.agentFor(t.users.council);
    const official = await t.agentFor(t.users.official);
    expect((await council.post(`/admin/ideeen/${id}/agenderen`, { meetingDate: "2027-01-14" })).statusCode).toBe(303);
    expect((await council.post(`/admin/ideeen/${id}/agenderen`, { meetingDate: "2027-01-21" })).statusCode).toBe(303);
    const answer = { kind: "partly_adopted", text: "Het zebrapad komt er, de drempel niet." };
    expect((await official.post(`/admin/ideeen/${id}/antwoorden`, answer)).statusCode).toBe(303);
    expect((await official.post(`/admin/ideeen/${id}/bericht`, { text: "De schilders komen." })).statusCode).toBe(303);
    t.mail.sent.length = 0;
    await t.drainOutbox();

    const to = (email: string) => t.mail.sent.filter((m) => m.to === email && m.subject.includes("Zebrapad"));
    const nl = to(dutch!.email!);
    const en = to(english!.email!);
    for (const mails of [nl, en]) {
      // published, forwarded, scheduled, a new date, answered, an update
      expect(mails.map((m) => m.subject)).toHaveLength(6);
      for (const m of mails) expect(m.subject).not.toMatch(/Nieuws over|News about/);
    }
    const about = (mails: MailMessage[], fact: string) => mails.filter((m) => m.subject.includes(fact));
    // The answer names the decision, the scheduling mail the meeting date and the council body.
    for (const [mails, decision, date, council] of [
      [nl, "Deels overgenomen", "14 januari 2027", "Raad van Teststad"],
      [en, "Partly adopted", "14 January 2027", "Raad van Teststad"],
    ] as const) {
      const answered = about(mails, decision);
      expect(answered).toHaveLength(1);
      expect(firstLine(answered[0]!)).toContain(decision);
      expect(answered[0]!.text).toContain("Het zebrapad komt er, de drempel niet.");
      const scheduled = about(mails, date);
      expect(scheduled).toHaveLength(1);
      expect(scheduled[0]!.subject).toContain(council);
      expect(firstLine(scheduled[0]!)).toContain(date);
      expect(firstLine(scheduled[0]!)).toContain(council);
    }
    expect(firstLine(about(nl, "Nieuwe datum")[0]!)).toContain("21 januari 2027");
    expect(firstLine(about(en, "New date")[0]!)).toContain("21 January 2027");
    expect(firstLine(about(nl, "Bericht van de gemeente")[0]!)).toContain("De schilders komen.");
    expect(firstLine(about(en, "Message from the municipality")[0]!)).toContain("De schilders komen.");
  });

  it("names the council body in the forwarding mail to the author", async () => {
    const id = await createIdea(t, { title: "Bankjes bij de vijver" });
    t.mail.sent.length = 0;
    for (const u of await bulkResidents(t, 2)) await supportIdea(t.services, t.site, asCurrentUser(u), id);
    await t.drainOutbox();
    const forwarded = t.mail.sent.filter((m) => m.to === t.users.resident.email && m.subject.includes("Bankjes"));
    expect(forwarded.map((m) => m.subject)).toEqual([
      "Genoeg steun: 'Bankjes bij de vijver' gaat naar Raad van Teststad",
    ]);
    expect(firstLine(forwarded[0]!)).toContain("doorgestuurd naar Raad van Teststad");
  });
});
