import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { formatCode } from "../codes/voting-codes";
import { generateCodes } from "../commands/generate-codes";
import { budgetingManifest } from "../manifest";
import { makeProcess, snapshot } from "../test/fixtures";
import { CODE_ATTEMPTS } from "./vote";

const REFUSED = "Met deze stemcode kunt u niet stemmen.";

describe.each(testDatabases)("budgeting: voting codes and paper ballots on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("casts one ballot with a code, without an account; the code then no longer works", async () => {
    const { process, projects } = await makeProcess(t);
    const [code] = await generateCodes(t.services, process, 1, null);
    const agent = t.agent();
    const page = await agent.get(`/begroting/${process.id}/stemcode`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="code"');
    const res = await agent.post(`/begroting/${process.id}/stemcode`, {
      code: formatCode(code!).toLowerCase(),
      project: String(projects[0]!.id),
    });
    expect(res.statusCode).toBe(303);
    const rows = await t.services.db.kysely
      .selectFrom("budget_ballots")
      .select(["source", "user_id"])
      .where("process_id", "=", process.id)
      .execute();
    expect(rows).toEqual([{ source: "code", user_id: null }]);
    const before = await snapshot(t);
    const again = await t
      .agent()
      .post(`/begroting/${process.id}/stemcode`, { code: code!, project: String(projects[1]!.id) });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain(REFUSED);
    expect(await snapshot(t)).toBe(before);
  });

  it("gives unknown, malformed and other-process codes the same answer and changes nothing", async () => {
    const { process, projects } = await makeProcess(t);
    const other = await makeProcess(t);
    const [foreign] = await generateCodes(t.services, other.process, 1, null);
    const before = await snapshot(t);
    const bodies: string[] = [];
    for (const code of ["ABCDEFGHJKMN", "nonsense", "", foreign!]) {
      const res = await t.agent().post(`/begroting/${process.id}/stemcode`, { code, project: String(projects[0]!.id) });
      expect(res.statusCode).toBe(400);
      bodies.push(/id="field-code-error">([^<]*)</.exec(res.body)![1]!);
    }
    expect(new Set(bodies)).toEqual(new Set([bodies[0]]));
    expect(bodies[0]).toContain(REFUSED);
    expect(await snapshot(t)).toBe(before);
  });

  it("keeps the code unused when the ballot itself is refused", async () => {
    const { process, projects } = await makeProcess(t);
    const [code] = await generateCodes(t.services, process, 1, null);
    const over = await t.agent().post(`/begroting/${process.id}/stemcode`, {
      code: code!,
      project: [String(projects[0]!.id), String(projects[1]!.id)],
    });
    expect(over.statusCode).toBe(400);
    expect(over.body).not.toContain(REFUSED);
    const ok = await t
      .agent()
      .post(`/begroting/${process.id}/stemcode`, { code: code!, project: String(projects[0]!.id) });
    expect(ok.statusCode).toBe(303);
  });

  it("rate-limits code attempts per IP address", async () => {
    const { process, projects } = await makeProcess(t);
    const agent = t.agent();
    await t.services.rateLimiter.reset("budget-code:127.0.0.1"); // earlier tests used this IP too
    for (let i = 0; i < CODE_ATTEMPTS.limit; i++) {
      expect(
        (
          await agent.post(`/begroting/${process.id}/stemcode`, {
            code: "ABCDEFGHJKMN",
            project: String(projects[3]!.id),
          })
        ).statusCode,
      ).toBe(400);
    }
    const limited = await agent.post(`/begroting/${process.id}/stemcode`, {
      code: "ABCDEFGHJKMN",
      project: String(projects[3]!.id),
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBeDefined();
  });

  it("refuses a code vote without CSRF token or when voting is closed", async () => {
    const { process, projects } = await makeProcess(t);
    const closed = await makeProcess(t, { phase: "results" });
    const [code] = await generateCodes(t.services, process, 1, null);
    const before = await snapshot(t);
    expect(
      (
        await t
          .agent()
          .post(`/begroting/${process.id}/stemcode`, { _csrf: "", code: code!, project: String(projects[0]!.id) })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t
          .agent()
          .post(`/begroting/${closed.process.id}/stemcode`, { code: code!, project: String(closed.projects[0]!.id) })
      ).statusCode,
    ).toBe(409);
    expect(await snapshot(t)).toBe(before);
  });

  it("lets officials enter paper ballots, recorded as paper, and nobody else", async () => {
    const { process, projects } = await makeProcess(t);
    const official = await t.agentFor(t.users.official);
    expect((await official.get(`/admin/begroting/${process.id}/papier`)).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) {
      const res = await official.post(`/admin/begroting/${process.id}/papier`, { project: String(projects[0]!.id) });
      expect(res.statusCode).toBe(303);
    }
    const rows = await t.services.db.kysely
      .selectFrom("budget_ballots")
      .select(["source", "entered_by"])
      .where("process_id", "=", process.id)
      .execute();
    expect(rows).toEqual([
      { source: "paper", entered_by: t.users.official.id },
      { source: "paper", entered_by: t.users.official.id },
    ]);
    const before = await snapshot(t);
    const over = await official.post(`/admin/begroting/${process.id}/papier`, {
      project: [String(projects[0]!.id), String(projects[1]!.id)],
    });
    expect(over.statusCode).toBe(400);
    for (const user of [t.users.resident, t.users.moderator, t.users.council]) {
      const agent = await t.agentFor(user);
      expect((await agent.get(`/admin/begroting/${process.id}/papier`)).statusCode).toBe(403);
      expect(
        (await agent.post(`/admin/begroting/${process.id}/papier`, { project: String(projects[0]!.id) })).statusCode,
      ).toBe(403);
    }
    expect(
      (await t.agent().post(`/admin/begroting/${process.id}/papier`, { project: String(projects[0]!.id) })).statusCode,
    ).toBe(303);
    expect(await snapshot(t)).toBe(before);
  });
});
