// A person's ideas data is whole in the download, and deleting the account applies the rules of
// docs/personal-data.md: drafts, follows, notifications and live supports go; published ideas,
// comments and reports stay under "former participant"; supports on closed collections stay counted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { User } from "../../../core/db/types";
import { postUpdate } from "../commands/council-and-officials";
import { addComment } from "../commands/comments";
import { followIdea, reportContent } from "../commands/moderation";
import { supportIdea } from "../commands/support-idea";
import { ideasComponent } from "../manifest";
import { asCurrentUser, createIdea, ideaRow, setProcess } from "../test/factories";

describe.each(testDatabases)("ideas: a person's data on $name", (database) => {
  let t: TestApp;
  let person: User;
  let ids: { draft: number; own: number; open: number; forwarded: number; commentId: number };
  beforeAll(async () => {
    t = await createTestApp(database, { components: [ideasComponent] });
    person = await t.newUser({ email: "pim@example.org", name: "Pim Persoon" });
    const other = await t.newUser();
    const me = asCurrentUser(person);
    await setProcess(t, { threshold: 2, count_after_threshold: 0 });
    const draft = await createIdea(t, { author: person, publish: false, title: "Mijn concept" });
    const own = await createIdea(t, { author: person, title: "Mijn eigen idee" });
    const open = await createIdea(t, { author: other, title: "Open idee" });
    const forwarded = await createIdea(t, { author: other, title: "Doorgestuurd idee" });
    await supportIdea(t.services, t.site, me, open);
    await supportIdea(t.services, t.site, me, forwarded);
    await supportIdea(t.services, t.site, asCurrentUser(t.users.resident), forwarded);
    await t.drainOutbox(); // the forwarding mailed the supporters, the person among them
    await t.services.db.kysely.updateTable("users").set({ notify_mode: "daily" }).where("id", "=", person.id).execute();
    await followIdea(t.services, t.site, me, open, true);
    const commentId = await addComment(t.services, t.site, me, open, "Goed plan, Pim hier.", null);
    await reportContent(t.services, t.site, me, forwarded, null, "Dit klopt niet");
    // An update on a followed idea gives the person a notification waiting for the daily digest.
    await postUpdate(t.services, t.site, asCurrentUser(t.users.official, ["official"]), open, "We kijken ernaar.");
    await t.drainOutbox();
    // The place the person gave with the idea is theirs too (docs/personal-data.md).
    await t.services.db.kysely
      .updateTable("ideas")
      .set({ location_lat_e6: 52_371_234, location_lng_e6: 4_901_234, location_address: "Dorpsstraat 1" })
      .where("id", "=", own)
      .execute();
    ids = { draft, own, open, forwarded, commentId };
  });
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.services.db.kysely;
  const count = async (table: "idea_supports" | "idea_follows" | "idea_notifications" | "idea_reports") =>
    (
      await db()
        .selectFrom(table)
        .selectAll()
        .where(table === "idea_reports" ? "reporter_id" : "user_id", "=", person.id)
        .execute()
    ).length;

  it("puts every kind of contribution in the download, with dates", async () => {
    expect(t.mail.sent.some((m) => m.to === "pim@example.org")).toBe(true);
    const data = (await (await t.agentFor(person)).get("/account/gegevens.json")).json();
    const ideas = data.contributions.ideas;
    expect(ideas.ideas.map((i: { title: string }) => i.title)).toEqual(["Mijn concept", "Mijn eigen idee"]);
    expect(ideas.ideas[0].location).toBeNull();
    expect(ideas.ideas[1]).toMatchObject({
      location: { lat: 52.371234, lng: 4.901234, address: "Dorpsstraat 1" },
      state: "open",
      createdAt: expect.any(String),
      publishedAt: expect.any(String),
    });
    expect(ideas.comments).toEqual([
      expect.objectContaining({ ideaId: ids.open, text: "Goed plan, Pim hier.", createdAt: expect.any(String) }),
    ]);
    expect(ideas.supports.map((s: { ideaId: number }) => s.ideaId).sort()).toEqual([ids.open, ids.forwarded].sort());
    expect(ideas.supports.every((s: { createdAt: string }) => s.createdAt)).toBe(true);
    expect(ideas.follows).toEqual([expect.objectContaining({ ideaId: ids.open, createdAt: expect.any(String) })]);
    expect(ideas.reports).toEqual([
      expect.objectContaining({ ideaId: ids.forwarded, reason: "Dit klopt niet", createdAt: expect.any(String) }),
    ]);
    expect(ideas.notifications).toContainEqual(
      expect.objectContaining({ ideaId: ids.open, about: "update", mode: "daily", sentAt: null }),
    );
    expect(ideas.notifications.every((n: { createdAt: string }) => n.createdAt)).toBe(true);
    expect(data.account.notifications).toBe("daily");
  });

  it("removes and keeps exactly as documented, and no counter drifts", async () => {
    const before = {
      open: (await ideaRow(t, ids.open)).support_count,
      forwarded: await ideaRow(t, ids.forwarded),
    };
    expect(before.forwarded.state).toBe("forwarded");
    const res = await (await t.agentFor(person)).post("/account/verwijderen", { password: TEST_PASSWORD });
    expect(res.statusCode).toBe(303);

    // Removed: the draft, the follow, the notification, the live support (and its count).
    expect(await db().selectFrom("ideas").select("id").where("id", "=", ids.draft).execute()).toEqual([]);
    expect(await count("idea_follows")).toBe(0);
    expect(await count("idea_notifications")).toBe(0);
    expect((await ideaRow(t, ids.open)).support_count).toBe(before.open - 1);
    // Kept counted: the support on the forwarded idea, on the emptied account.
    expect(await count("idea_supports")).toBe(1);
    expect((await ideaRow(t, ids.forwarded)).support_count).toBe(before.forwarded.support_count);
    // Kept: the published idea, the comment and the report, shown as by a former participant.
    expect((await ideaRow(t, ids.own)).title).toBe("Mijn eigen idee");
    expect(
      await db().selectFrom("idea_comments").select("body").where("id", "=", ids.commentId).execute(),
    ).toHaveLength(1);
    expect(await count("idea_reports")).toBe(1);
    const page = await t.agent().get(`/ideeen/${ids.own}`);
    expect(page.body).toContain("Oud-deelnemer");
    expect(page.body).not.toContain("Pim Persoon");
    expect((await t.agent().get(`/ideeen/${ids.open}`)).body).not.toContain("Pim Persoon");

    // Counts equal rows for every idea.
    const ideas = await db().selectFrom("ideas").select(["id", "support_count"]).execute();
    for (const idea of ideas) {
      const rows = await db().selectFrom("idea_supports").select("user_id").where("idea_id", "=", idea.id).execute();
      expect(idea.support_count, `idea ${idea.id}`).toBe(rows.length);
    }
    // The outbox holds neither the address nor the name.
    for (const row of await db().selectFrom("outbox").select("payload").execute()) {
      expect(row.payload).not.toContain("pim@example.org");
      expect(row.payload).not.toContain("Pim Persoon");
    }
  });
});
