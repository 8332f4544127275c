import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import {
  asCurrentUser,
  bulkResidents,
  inParallel,
  createIdea,
  createIdeasApp,
  ideaRow,
  outboxCount,
  setProcess,
  supportRows,
} from "../test/factories";
import { supportIdea } from "./support-idea";
import { areaId, setRule, verifiedResident } from "../../../../test/support/participation";
import { ensureProcess } from "../store/processes";
import { FORWARDED_EVENT } from "./change-state";

describe.each(testDatabases)("supporting ideas on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("forwards at the N-th support exactly once, mails the council, author and supporters", async () => {
    await setProcess(t, { threshold: 3, count_after_threshold: 1 });
    const id = await createIdea(t);
    const [a, b, c, d] = await bulkResidents(t, 4);
    for (const u of [a!, b!]) expect((await (await t.agentFor(u)).post(`/ideeen/${id}/steunen`)).statusCode).toBe(303);
    expect((await ideaRow(t, id)).state).toBe("open");
    const third = await (await t.agentFor(c!)).post(`/ideeen/${id}/steunen`);
    expect(third.statusCode).toBe(303);
    const row = await ideaRow(t, id);
    expect(row.state).toBe("forwarded");
    // Forwarded on 26 November 2026 (the test clock): due through 7 January 2027, Amsterdam time.
    expect(row.forwarded_at!.slice(0, 10)).toBe("2026-11-26");
    expect(row.due_at).toBe("2027-01-07T22:59:59.999Z");
    await (await t.agentFor(d!)).post(`/ideeen/${id}/steunen`);
    expect((await ideaRow(t, id)).support_count).toBe(4);
    expect(await supportRows(t, id)).toBe(4);
    expect(await outboxCount(t, FORWARDED_EVENT)).toBe(1);
    t.mail.sent.length = 0;
    await t.drainOutbox();
    const to = t.mail.sent.map((m) => m.to);
    expect(to).toContain("raad@teststad.example");
    expect(to).toContain(t.users.resident.email);
    for (const u of [a!, b!]) expect(to).toContain(u.email);
    const council = t.mail.sent.find((m) => m.to === "raad@teststad.example")!;
    expect(council.subject).toContain("Meer bankjes in het park");
    const authorMail = t.mail.sent.find((m) => m.to === t.users.resident.email)!;
    expect(authorMail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(authorMail.text).toMatch(/\/afmelden\/[A-Za-z0-9_-]+/);
    const page = await t.agent().get(`/ideeen/${id}`);
    expect(page.body).toContain("Doorgestuurd");
    expect(page.body).toContain("Genoeg steun: doorgestuurd");
  });

  it("keeps one support per person, also when the same person clicks twice at once", async () => {
    await setProcess(t, { threshold: 100 });
    const id = await createIdea(t);
    const [u] = await bulkResidents(t, 1);
    const agent = await t.agentFor(u!);
    await agent.post(`/ideeen/${id}/steunen`);
    await agent.post(`/ideeen/${id}/steunen`);
    await Promise.all([1, 2, 3].map(() => supportIdea(t.services, t.site, asCurrentUser(u!), id)));
    expect(await supportRows(t, id)).toBe(1);
    expect((await ideaRow(t, id)).support_count).toBe(1);
    await expect(
      t.services.db.kysely
        .insertInto("idea_supports")
        .values({ idea_id: id, user_id: u!.id, created_at: "2026-01-01T00:00:00.000Z" })
        .execute(),
    ).rejects.toThrow();
  });

  it("answers JSON for the script, and withdraws a support", async () => {
    const id = await createIdea(t);
    const [u] = await bulkResidents(t, 1);
    const agent = await t.agentFor(u!);
    const res = await agent.post(`/ideeen/${id}/steunen`, {}, { accept: "application/json" });
    expect(res.json()).toEqual({ count: 1, supported: true, forwarded: false });
    const back = await agent.post(`/ideeen/${id}/steun-intrekken`, {}, { accept: "application/json" });
    expect(back.json()).toEqual({ count: 0, supported: false, forwarded: false });
    expect(await supportRows(t, id)).toBe(0);
    expect((await t.agent().get(`/ideeen/${id}/steun.json`)).json()).toEqual({ count: 0, state: "open" });
  });

  it("refuses support after the deadline with 409 (before the job ran) and changes nothing", async () => {
    await setProcess(t, { support_days: 10 });
    const id = await createIdea(t);
    const [u] = await bulkResidents(t, 1);
    t.clock.advanceDays(11);
    try {
      const res = await (await t.agentFor(u!)).post(`/ideeen/${id}/steunen`);
      expect(res.statusCode).toBe(409);
      expect(await supportRows(t, id)).toBe(0);
      expect((await ideaRow(t, id)).support_count).toBe(0);
      expect((await t.agent().get(`/ideeen/${id}`)).body).toContain("Verlopen");
    } finally {
      t.clock.advanceDays(-11);
      await setProcess(t, { support_days: 90 });
    }
  });

  it("refuses unverified residents, residents outside the areas, and visitors", async () => {
    const id = await createIdea(t);
    const unverified = await t.newUser({ verified: false });
    expect((await (await t.agentFor(unverified)).post(`/ideeen/${id}/steunen`)).statusCode).toBe(403);
    const processId = (await ensureProcess(t.services.db.kysely, t.site, t.clock())).id;
    await setRule(t, "ideas", processId, "support", { areaIds: [await areaId(t, "Noord"), await areaId(t, "Zuid")] });
    const id2 = await createIdea(t);
    const outside = await verifiedResident(t, { postcode: "9999 ZZ" });
    const inside = await verifiedResident(t, { postcode: "1025 CD" });
    // A typed-in postcode is no proof: a confirmed address inside the area is asked to verify.
    const [claimed] = await bulkResidents(t, 1, "1025 CD");
    expect((await (await t.agentFor(claimed!)).post(`/ideeen/${id2}/steunen`)).statusCode).toBe(403);
    expect((await (await t.agentFor(outside)).post(`/ideeen/${id2}/steunen`)).statusCode).toBe(403);
    expect((await (await t.agentFor(inside)).post(`/ideeen/${id2}/steunen`)).statusCode).toBe(303);
    await setRule(t, "ideas", processId, "support", {});
    expect((await t.agent().post(`/ideeen/${id}/steunen`)).headers.location).toContain("/inloggen");
    expect(await supportRows(t, id)).toBe(0);
    expect(await supportRows(t, id2)).toBe(1);
    const noToken = await (await t.agentFor(inside!)).post(`/ideeen/${id}/steunen`, { _csrf: "" });
    expect(noToken.statusCode).toBe(403);
    expect(await supportRows(t, id)).toBe(0);
  });

  it("cannot reach an idea of another site", async () => {
    const id = await createIdea(t);
    const { createSite } = await import("../../../core/sites/store");
    const other = await createSite(
      t.services.db.kysely,
      { slug: `o${id}`, name: "Andere stad", hosts: [`andere${id}.example`] },
      t.clock(),
    );
    const stranger = await t.newUser({ siteId: other.id });
    const agent = await t.agentFor(stranger);
    agent.host = `andere${id}.example`;
    expect((await agent.get(`/ideeen/${id}`)).statusCode).toBe(404);
    expect((await agent.post(`/ideeen/${id}/steunen`)).statusCode).toBe(404);
    expect(await supportRows(t, id)).toBe(0);
  });

  it("forwards exactly once when 300 residents support at the same moment (threshold 100)", async () => {
    await setProcess(t, { threshold: 100, count_after_threshold: 1 });
    const id = await createIdea(t);
    const before = await outboxCount(t, FORWARDED_EVENT);
    const people = await bulkResidents(t, 300);
    // SQLite: all 300 at once. PostgreSQL: the test pool has 5 connections with a 3 s wait limit,
    // so 30 run at a time (support-two-processes.test.ts fires all 300 over HTTP through two processes).
    const results = await inParallel(people, database.name === "sqlite" ? 300 : 30, (u) =>
      supportIdea(t.services, t.site, asCurrentUser(u), id),
    );
    expect(
      results
        .filter((r) => r.status === "rejected")
        .map((r) => String((r as PromiseRejectedResult).reason?.message ?? r)),
    ).toEqual([]);
    expect(results.filter((r) => r.status === "fulfilled" && r.value.forwarded)).toHaveLength(1);
    const row = await ideaRow(t, id);
    expect(row.state).toBe("forwarded");
    expect(row.support_count).toBe(300);
    expect(await supportRows(t, id)).toBe(300);
    expect(await outboxCount(t, FORWARDED_EVENT)).toBe(before + 1);
  });

  it("stops counting at the threshold when supports after it do not count", async () => {
    await setProcess(t, { threshold: 20, count_after_threshold: 0 });
    const id = await createIdea(t);
    const people = await bulkResidents(t, 60);
    const results = await inParallel(people, 30, (u) => supportIdea(t.services, t.site, asCurrentUser(u), id));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect((await ideaRow(t, id)).support_count).toBe(20);
    expect(await supportRows(t, id)).toBe(20);
    await setProcess(t, { threshold: 100, count_after_threshold: 1 });
  });
});
