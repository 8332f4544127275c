// Voting online: whoever meets the ballot's participation rule (participation.ts: a verified
// resident of the area, or a confirmed address for a whole-site budget; changeable until the vote
// closes) and holders of a voting code (no account; one ballot per code; rate-limited per IP). "Check" only
// recomputes the running total; "save" stores the ballot if the rule accepts it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { countCodeAttempt } from "../../../core/codes/code-attempts";
import { conflict } from "../../../core/http/errors";
import { verifiedResident } from "../../../core/participation/participant";
import { requireRule } from "../../../core/participation/refusal-error";
import { budgetRule, VERIFY_FIRST_KEYS } from "../participation";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { requireUser } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { checkBallot, type BallotCheck } from "../domain/ballot-rules";
import { castAsResident, castWithCode } from "../commands/cast-ballot";
import { normalizeCode } from "../codes/voting-codes";
import { votingOpen } from "../domain/process-rules";
import { findBallot } from "../store/ballots";
import { ballotProjects } from "../store/projects";
import type { BudgetProcess } from "../store/tables";
import { BallotPage, CannotVotePage } from "../views/ballot-page";
import { readBallotInput } from "./ballot-input";
import { loadProcess } from "./load";

export { CODE_ATTEMPTS } from "../../../core/codes/code-attempts";
const CODE_REFUSED = "budgeting.code.refused";

export function registerVoteRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  /**
   * The process, if this logged-in visitor may vote online in it: the vote is open and they meet
   * the ballot's participation rule (participation.ts). Otherwise a page that says why.
   */
  async function residentProcess(request: FastifyRequest, reply: FastifyReply): Promise<BudgetProcess | null> {
    const process = await loadProcess(services, request);
    const user = requireUser(request.user);
    if (!votingOpen(process)) {
      sendPage(reply, <CannotVotePage ctx={request.pageContext()} processId={process.id} title={process.title} />, 409);
      return null;
    }
    requireRule(await budgetRule(services, request.site, user, process, "ballot"), VERIFY_FIRST_KEYS.ballot);
    return process;
  }

  const page = async (
    request: FastifyRequest,
    process: BudgetProcess,
    mode: "resident" | "code",
    choice: Map<number, number>,
    check: BallotCheck | null,
    extra: { codeError?: string | null; codeValue?: string; hasVoted?: boolean } = {},
  ) => {
    const projects = await ballotProjects(db, process.id);
    const t = request.t;
    return (
      <BallotPage
        ctx={request.pageContext()}
        process={process}
        projects={projects}
        choice={choice}
        check={check}
        mode={mode}
        action={`/begroting/${process.id}/${mode === "code" ? "stemcode" : "stemmen"}`}
        hasVoted={extra.hasVoted ?? false}
        heading={t(mode === "code" ? "budgeting.vote.codeHeading" : "budgeting.vote.heading", { title: process.title })}
        intro={t(mode === "code" ? "budgeting.vote.codeIntro" : "budgeting.vote.intro")}
        codeError={extra.codeError}
        codeValue={extra.codeValue}
      />
    );
  };

  app.get("/begroting/:id/stemmen", async (request, reply) => {
    const process = await residentProcess(request, reply);
    if (!process) return reply;
    const existing = await findBallot(db, process.id, `user:${request.user!.id}`);
    return sendPage(
      reply,
      await page(request, process, "resident", existing ?? new Map(), null, { hasVoted: existing !== null }),
    );
  });

  app.post("/begroting/:id/stemmen", async (request, reply) => {
    const process = await residentProcess(request, reply);
    if (!process) return reply;
    const input = readBallotInput(request.body, process.ballot_type === "cumulative");
    // Only a re-shown form needs to know about an earlier ballot; a successful save skips it.
    const voted = async () => (await findBallot(db, process.id, `user:${request.user!.id}`)) !== null;
    if (input.malformed)
      return sendPage(
        reply,
        await page(request, process, "resident", input.choice, malformedCheck(), { hasVoted: await voted() }),
        400,
      );
    if (input.action === "check") {
      const projects = await ballotProjects(db, process.id);
      const check = checkBallot(process, projects, input.choice);
      return sendPage(
        reply,
        await page(request, process, "resident", input.choice, check, { hasVoted: await voted() }),
      );
    }
    const result = await castAsResident(
      services,
      process,
      request.user!.id,
      input.choice,
      verifiedResident(request.user!),
    );
    if (!result.ok)
      return sendPage(
        reply,
        await page(request, process, "resident", input.choice, "check" in result ? result.check : null, {
          hasVoted: await voted(),
        }),
        400,
      );
    return redirectWithFlash(reply, `/begroting/${process.id}/stemmen`, "budgeting.flash.voted");
  });

  app.get("/begroting/:id/stemcode", async (request, reply) => {
    const process = await loadProcess(services, request);
    if (!votingOpen(process)) throw conflict("budgeting.errors.voteClosed");
    return sendPage(reply, await page(request, process, "code", new Map(), null));
  });

  app.post("/begroting/:id/stemcode", async (request, reply) => {
    const process = await loadProcess(services, request);
    if (!votingOpen(process)) throw conflict("budgeting.errors.voteClosed");
    const input = readBallotInput(request.body, process.ballot_type === "cumulative");
    const codeValue = input.code;
    if (input.malformed)
      return sendPage(reply, await page(request, process, "code", input.choice, malformedCheck(), { codeValue }), 400);
    if (input.action === "check") {
      const projects = await ballotProjects(db, process.id);
      const check = checkBallot(process, projects, input.choice);
      return sendPage(reply, await page(request, process, "code", input.choice, check, { codeValue }));
    }
    // Every attempt that tests a code counts, before anything is looked up.
    await countCodeAttempt(services, "budget-code", request.ip);
    const code = normalizeCode(codeValue);
    const projects = await ballotProjects(db, process.id);
    const check = checkBallot(process, projects, input.choice);
    if (!code || !check.ok) {
      return sendPage(
        reply,
        await page(request, process, "code", input.choice, check.ok ? null : check, {
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
        await page(request, process, "code", input.choice, "check" in result ? result.check : null, {
          codeValue,
          codeError: "codeRefused" in result ? CODE_REFUSED : null,
        }),
        400,
      );
    }
    return redirectWithFlash(reply, `/begroting/${process.id}`, "budgeting.flash.votedWithCode");
  });
}

export const malformedCheck = (): BallotCheck => ({
  ok: false,
  totalCost: 0,
  pointsUsed: 0,
  count: 0,
  problems: [{ key: "budgeting.ballot.errors.malformed", params: {} }],
});
