// A resident whose e-mail address is not confirmed is not left at "Geen toegang": every action
// that needs a confirmed address (support, comment, submit an idea, propose a project, vote
// online) says what is missing, offers to send the link again, and the link brings them back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agent, TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { budgetingManifest } from "../../../components/budgeting/manifest";
import { makeProcess } from "../../../components/budgeting/test/fixtures";
import { ideasComponent } from "../../../components/ideas/manifest";
import { createIdea, supportRows } from "../../../components/ideas/test/factories";
import type { User } from "../../db/types";
import { authTestApp, linkInMail, tokenOf } from "../test/helpers";

/** The hidden return path of the "send the link again" form on a page. */
const resendReturn = (html: string) =>
  /<form method="post" action="\/account\/bevestigen\/opnieuw"[^>]*>.*?name="terug" value="([^"]*)"/s.exec(html)?.[1];

describe.each(testDatabases)("confirm your address first, on $name", (database) => {
  let t: TestApp;
  let user: User;
  let agent: Agent;
  beforeAll(async () => {
    t = await authTestApp(database, [ideasComponent, budgetingManifest]);
    user = await t.newUser({ verified: false, email: "nog-niet@example.org" });
    agent = await t.agentFor(user);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers a support with what is missing and a resend button, then returns to the idea", async () => {
    const id = await createIdea(t);
    const refused = await agent.post(`/ideeen/${id}/steunen`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain("Geen toegang");
    expect(refused.body).toContain("Bevestig eerst uw e-mailadres");
    expect(refused.body).toContain("Daarna kunt u steunen.");
    expect(refused.body).toContain("nog-niet@example.org");
    expect(resendReturn(refused.body)).toBe(`/ideeen/${id}`);
    expect(refused.body).toContain(`<a class="utrecht-link" href="/ideeen/${id}">`);
    expect(await supportRows(t, id)).toBe(0);

    const resent = await agent.post("/account/bevestigen/opnieuw", { terug: `/ideeen/${id}` });
    expect(resent.statusCode).toBe(303);
    expect(resent.headers.location).toBe(`/ideeen/${id}`);
    await t.drainOutbox();
    const link = linkInMail(t, user.email!, "/account/bevestigen?");
    expect(link).toContain(`terug=${encodeURIComponent(`/ideeen/${id}`)}`);
    const page = await agent.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`name="terug" value="/ideeen/${id}"`);
    const confirmed = await agent.post("/account/bevestigen", { token: tokenOf(link), terug: `/ideeen/${id}` });
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe(`/ideeen/${id}`);
    expect((await agent.post(`/ideeen/${id}/steunen`)).statusCode).toBe(303);
    expect(await supportRows(t, id)).toBe(1);
  });

  it("does the same for commenting, submitting an idea, proposing a project and voting", async () => {
    const other = await t.agentFor(await t.newUser({ verified: false }));
    const id = await createIdea(t);
    const page = await other.get(`/ideeen/${id}`);
    // The idea page says it where the comment form would be, before anything is typed.
    expect(page.body).not.toContain(`action="/ideeen/${id}/reacties"`);
    expect(page.body).toContain("Daarna kunt u reageren.");
    expect(resendReturn(page.body)).toBe(`/ideeen/${id}`);
    const comment = await other.post(`/ideeen/${id}/reacties`, { body: "Een reactie zonder bevestigd adres." });
    expect(comment.statusCode).toBe(403);
    expect(resendReturn(comment.body)).toBe(`/ideeen/${id}`);
    const count = await t.services.db.kysely
      .selectFrom("idea_comments")
      .select("id")
      .where("idea_id", "=", id)
      .execute();
    expect(count).toEqual([]);

    const propose = await other.get("/ideeen/nieuw");
    expect(propose.statusCode).toBe(403);
    expect(propose.body).toContain("Daarna kunt u een idee indienen.");
    expect(resendReturn(propose.body)).toBe("/ideeen/nieuw");

    const { process: submit } = await makeProcess(t, { phase: "submit" });
    const project = await other.get(`/begroting/${submit.id}/indienen`);
    expect(project.statusCode).toBe(403);
    expect(project.body).toContain("Daarna kunt u een project voorstellen.");
    expect(resendReturn(project.body)).toBe(`/begroting/${submit.id}/indienen`);

    const { process: vote } = await makeProcess(t);
    const ballot = await other.get(`/begroting/${vote.id}/stemmen`);
    expect(ballot.statusCode).toBe(403);
    expect(ballot.body).toContain("Daarna kunt u online stemmen.");
    expect(resendReturn(ballot.body)).toBe(`/begroting/${vote.id}/stemmen`);
  });

  it("follows only a local return path, and refuses outsiders and cross-site posts", async () => {
    const other = await t.newUser({ verified: false });
    const otherAgent = await t.agentFor(other);
    const foreign = await otherAgent.post("/account/bevestigen/opnieuw", { terug: "//evil.example/x" });
    expect(foreign.headers.location).toBe("/account");
    await t.drainOutbox();
    expect(linkInMail(t, other.email!, "/account/bevestigen?")).not.toContain("terug=");
    // Not logged in: to the log-in page; no CSRF token: refused; nothing sent.
    const sentBefore = t.mail.sent.length;
    expect((await t.agent().post("/account/bevestigen/opnieuw", { terug: "/ideeen" })).headers.location).toContain(
      "/inloggen",
    );
    expect((await otherAgent.post("/account/bevestigen/opnieuw", { _csrf: "", terug: "/ideeen" })).statusCode).toBe(
      403,
    );
    await t.drainOutbox();
    expect(t.mail.sent.length).toBe(sentBefore);
  });

  it("limits resending like the account page does: 429 with Retry-After", async () => {
    const other = await t.agentFor(await t.newUser({ verified: false }));
    for (let i = 0; i < 3; i++)
      expect((await other.post("/account/bevestigen/opnieuw", { terug: "/ideeen" })).statusCode).toBe(303);
    const limited = await other.post("/account/bevestigen/opnieuw", { terug: "/ideeen" });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  });
});
