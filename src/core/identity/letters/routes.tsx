// GET/POST /account/verifieren: a signed-in resident enters the code from the letter once; the
// account is then verified as a resident of the letter's postcode and area (the same columns a
// provider's sign-in sets, so the participation rules treat both alike). Every attempt counts
// against limits per address and per account before the code is looked up.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { findUserById } from "../../auth/users";
import { countCodeAttempt, CODE_ATTEMPTS } from "../../codes/code-attempts";
import { normalizeCode } from "../../codes/one-time-codes";
import { redirectWithFlash, sendPage } from "../../http/render";
import { formWithErrors } from "../../http/validation";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { emptyForm, type FormState } from "../../views/forms";
import { redeemLetterCode, type RedeemOutcome } from "./commands";
import { VerifyPage } from "./views";

export const VERIFY_PATH = "/account/verifieren";

export const LETTER_ATTEMPTS = {
  /** Per address: as budgeting's voting codes (a household, or a hall full of people). */
  ip: CODE_ATTEMPTS,
  /** Per account: one person typing one letter's code, with room for typing mistakes. */
  account: { limit: 10, windowSeconds: 60 * 60 },
};

const REFUSALS: Record<Exclude<RedeemOutcome, "verified">, { status: number; key: string }> = {
  unknown: { status: 400, key: "letters.verify.errors.unknown" },
  used: { status: 409, key: "letters.verify.errors.used" },
  revoked: { status: 409, key: "letters.verify.errors.revoked" },
  alreadyVerified: { status: 409, key: "letters.verify.errors.alreadyVerified" },
};

export function registerLetterVerifyRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function page(request: FastifyRequest, form: FormState) {
    const current = requireUser(request.user);
    const user = await findUserById(db, request.site.id, current.id);
    if (!user) throw new Error("the signed-in account is missing");
    return <VerifyPage ctx={request.pageContext()} form={form} user={user} />;
  }

  app.get(VERIFY_PATH, async (request, reply) => {
    reply.header("cache-control", "no-store");
    return sendPage(reply, await page(request, emptyForm()));
  });

  app.post(VERIFY_PATH, async (request, reply) => {
    const user = requireUser(request.user);
    await countCodeAttempt(services, `letter-code:ip:${request.site.id}`, request.ip, LETTER_ATTEMPTS.ip);
    await countCodeAttempt(services, `letter-code:account:${request.site.id}`, user.id, LETTER_ATTEMPTS.account);
    const raw = (request.body as Record<string, unknown> | undefined)?.code;
    const typed = typeof raw === "string" ? raw.slice(0, 100) : "";
    const code = normalizeCode(typed);
    const refuse = (status: number, key: string) =>
      page(request, formWithErrors({ code: typed }, [{ field: "code", messageKey: key }])).then((p) =>
        sendPage(reply, p, status),
      );
    if (!code) return refuse(400, typed.trim() ? "letters.verify.errors.format" : "letters.verify.errors.required");
    const outcome = await redeemLetterCode(services, request.site, user.id, code);
    if (outcome !== "verified") return refuse(REFUSALS[outcome].status, REFUSALS[outcome].key);
    request.log.info({ userId: user.id }, "account verified by letter code");
    return redirectWithFlash(reply, "/account", "letters.flash.verified");
  });
}
