// Voting online: whoever meets the ballot's participation rule (participation.ts: a verified
// resident of the area, or a confirmed address for a whole-site budget; changeable until the vote
// closes) and holders of a voting code (no account; one ballot per code; rate-limited per IP). "Check" only
// recomputes the running total; "save" stores the ballot if the rule accepts it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { countCodeAttempt } from "../../../core/codes/code-attempts";
import { conflict } from "../../../core/http/errors";
import { verifiedResident } from "../../../core/participation/participant";
import { requireRule } from "../../../core/participation/refusal-error";
import { budgetPoolRules, budgetRule, VERIFY_FIRST_KEYS } from "../participation";
import type { RuleExplanation } from "../../../core/participation/explain";
import { type BallotPaper, checkPaper, loadPaper, withAllowed } from "../commands/ballot-paper";
import type { PoolBallotCheck } from "../domain/pool-ballot";
import type { Pool } from "../store/pools";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { requireUser } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { castAsResident, castWithCode } from "../commands/cast-ballot";
import { normalizeCode } from "../codes/voting-codes";
import { votingOpen } from "../domain/process-rules";
import { findBallot } from "../store/ballots";
import type { BudgetProcess } from "../store/tables";
import { BallotPage, CannotVotePage } from "../views/ballot-page";
import { readBallotInput } from "./ballot-input";
import { loadProcess } from "./load";

export { CODE_ATTEMPTS } from "../../../core/codes/code-attempts";
const CODE_REFUSED = "budgeting.code.refused";

export function registerVoteRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  /**
   * The process and this resident's ballot paper, if they may vote online in it: the vote is open
   * and they meet the ballot's participation rule (participation.ts). Their paper has the pools
   * they may vote in (the main pool and their own area's); the others are shown with their rule.
   * Otherwise a page that says why.
   */
  async function residentPaper(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<{ process: BudgetProcess; paper: BallotPaper; closed: ClosedPool[] } | null> {
    const process = await loadProcess(services, request);
    const user = requireUser(request.user);
    if (!votingOpen(process)) {
      sendPage(reply, <CannotVotePage ctx={request.pageContext()} processId={process.id} title={process.title} />, 409);
      return null;
    }
    requireRule(await budgetRule(services, request.site, user, process, "ballot"), VERIFY_FIRST_KEYS.ballot);
    const all = await loadPaper(db, process);
    const rules = await budgetPoolRules(services, request.site, user, process, all.pools);
    const paper = withAllowed(all, (pool) => pool.main || rules.get(pool.id)!.check.ok);
    const closed = paper.pools
      .filter((p) => !paper.allowed.has(p.id))
      .map((pool) => ({ pool, rule: rules.get(pool.id)! }));
    return { process, paper, closed };
  }

  const page = async (
    request: FastifyRequest,
    process: BudgetProcess,
    paper: BallotPaper,
    mode: "resident" | "code",
    choice: Map<number, number>,
    check: PoolBallotCheck | null,
    extra: { codeError?: string | null; codeValue?: string; hasVoted?: boolean; closed?: ClosedPool[] } = {},
  ) => {
    const t = request.t;
    return (
      <BallotPage
        ctx={request.pageContext()}
        process={process}
        paper={paper}
        choice={choice}
        check={check}
        mode={mode}
        action={`/begroting/${process.id}/${mode === "code" ? "stemcode" : "stemmen"}`}
        hasVoted={extra.hasVoted ?? false}
        heading={t(mode === "code" ? "budgeting.vote.codeHeading" : "budgeting.vote.heading", { title: process.title })}
        intro={t(mode === "code" ? "budgeting.vote.codeIntro" : "budgeting.vote.intro")}
        codeError={extra.codeError}
        codeValue={extra.codeValue}
        closedPools={extra.closed}
      />
    );
  };

  app.get("/begroting/:id/stemmen", async (request, reply) => {
    const loaded = await residentPaper(request, reply);
    if (!loaded) return reply;
    const { process, paper, closed } = loaded;
    const existing = await findBallot(db, process.id, `user:${request.user!.id}`);
    return sendPage(
      reply,
      await page(request, process, paper, "resident", existing ?? new Map(), null, {
        hasVoted: existing !== null,
        closed,
      }),
    );
  });

  app.post("/begroting/:id/stemmen", async (request, reply) => {
    const loaded = await residentPaper(request, reply);
    if (!loaded) return reply;
    const { process, paper, closed } = loaded;
    const input = readBallotInput(request.body);
    // Only a re-shown form needs to know about an earlier ballot; a successful save skips it.
    const voted = async () => (await findBallot(db, process.id, `user:${request.user!.id}`)) !== null;
    const again = async (check: PoolBallotCheck | null, status: number) =>
      sendPage(
        reply,
        await page(request, process, paper, "resident", input.choice, check, { hasVoted: await voted(), closed }),
        status,
      );
    if (input.malformed) return again(malformedCheck(paper), 400);
    if (input.action === "check") return again(checkPaper(paper, input.choice), 200);
    const result = await castAsResident(
      services,
      process,
      request.user!.id,
      input.choice,
      verifiedResident(request.user!),
      (pool) => paper.allowed.has(pool.id),
    );
    if (!result.ok) return again("check" in result ? result.check : null, 400);
    return redirectWithFlash(reply, `/begroting/${process.id}/stemmen`, "budgeting.flash.voted");
  });

  app.get("/begroting/:id/stemcode", async (request, reply) => {
    const process = await loadProcess(services, request);
    if (!votingOpen(process)) throw conflict("budgeting.errors.voteClosed");
    return sendPage(reply, await page(request, process, await loadPaper(db, process), "code", new Map(), null));
  });

  app.post("/begroting/:id/stemcode", async (request, reply) => {
    const process = await loadProcess(services, request);
    if (!votingOpen(process)) throw conflict("budgeting.errors.voteClosed");
    const paper = await loadPaper(db, process);
    const input = readBallotInput(request.body);
    const codeValue = input.code;
    if (input.malformed)
      return sendPage(
        reply,
        await page(request, process, paper, "code", input.choice, malformedCheck(paper), { codeValue }),
        400,
      );
    if (input.action === "check") {
      const check = checkPaper(paper, input.choice);
      return sendPage(reply, await page(request, process, paper, "code", input.choice, check, { codeValue }));
    }
    // Every attempt that tests a code counts, before anything is looked up.
    await countCodeAttempt(services, "budget-code", request.ip);
    const code = normalizeCode(codeValue);
    const check = checkPaper(paper, input.choice);
    if (!code || !check.ok) {
      return sendPage(
        reply,
        await page(request, process, paper, "code", input.choice, check.ok ? null : check, {
          codeValue,
          codeError: code ? null : CODE_REFUSED,
        }),
        400,
      );
    }
    const result = await castWithCode(services, process, code, input.choice);
    if (!result.ok) {
      return sendPage(
        reply,
        await page(request, process, paper, "code", input.choice, "check" in result ? result.check : null, {
          codeValue,
          codeError: "codeRefused" in result ? CODE_REFUSED : null,
        }),
        400,
      );
    }
    return redirectWithFlash(reply, `/begroting/${process.id}`, "budgeting.flash.votedWithCode");
  });
}

type ClosedPool = { pool: Pool; rule: RuleExplanation };

/** A form that could not be read: said at the first pool. */
export const malformedCheck = (paper: BallotPaper): PoolBallotCheck => ({
  ok: false,
  parts: new Map([
    [
      paper.pools[0]!.id,
      {
        ok: false,
        totalCost: 0,
        pointsUsed: 0,
        count: 0,
        problems: [{ key: "budgeting.ballot.errors.malformed", params: {} }],
      },
    ],
  ]),
});
