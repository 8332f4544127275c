import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../../core/auth/sessions";
import type { Role } from "../../core/db/types";
import type { RuleExplanation } from "../../core/participation/explain";
import { EMAIL_RULE, OPEN_RULE, type RuleCheck } from "../../core/participation/rule";
import { answerRuleDefaults, type ConsultationAnswerRule, mayAnswer, mayEnterCode } from "./answer-rules";

const resident = (more: Partial<CurrentUser> = {}): CurrentUser => ({
  id: 3,
  siteId: 1,
  displayName: "R",
  email: "r@example.org",
  emailVerified: true,
  participant: { level: "email", verifiedPostcode: null, verifiedBirthdate: null },
  language: "nl",
  roles: new Set<Role>(["resident"]),
  ...more,
});
const rule = (check: RuleCheck, anonymousWelcome = false): ConsultationAnswerRule => ({
  explanation: {
    rule: EMAIL_RULE,
    check,
    areaNames: [],
    providers: [],
    actionKey: "participation.action.consultations.answer",
    returnTo: "/vragenlijsten/1",
    tightenedAt: null,
  } satisfies RuleExplanation,
  anonymousWelcome,
});
const survey = { siteId: 1, published: true, closesOn: "2027-03-31" };
const before = new Date("2027-03-31T21:00:00Z");
const after = new Date("2027-03-31T22:00:00Z");

describe("who may answer a consultation's survey", () => {
  it("is whoever meets the consultation's rule, while the survey is open", () => {
    expect(mayAnswer(rule({ ok: true }), resident(), survey, before)).toEqual({ ok: true, as: "account" });
  });
  it("says why anyone else may not", () => {
    expect(mayAnswer(rule({ ok: true }), resident(), survey, after)).toEqual({ ok: false, reason: "closed" });
    expect(mayAnswer(rule({ ok: true }), resident(), { ...survey, published: false }, before)).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(mayAnswer(rule({ ok: false, reason: "login" }), null, survey, before)).toEqual({
      ok: false,
      reason: "rule",
    });
    expect(mayAnswer(rule({ ok: true }), resident({ siteId: 2 }), survey, before)).toEqual({
      ok: false,
      reason: "other-site",
    });
    expect(mayAnswer(rule({ ok: false, reason: "verify" }), resident(), survey, before)).toEqual({
      ok: false,
      reason: "rule",
    });
  });
  it("lets a holder of the survey's answer code answer whatever the rule, only while it is open", () => {
    const strict = rule({ ok: false, reason: "login" });
    expect(mayAnswer(strict, null, survey, before, true)).toEqual({ ok: true, as: "code" });
    expect(mayAnswer(rule({ ok: false, reason: "verify" }), resident(), survey, before, true)).toEqual({
      ok: true,
      as: "code",
    });
    expect(mayAnswer(strict, null, survey, after, true)).toEqual({ ok: false, reason: "closed" });
    expect(mayEnterCode(survey, true, before)).toEqual({ ok: true });
    expect(mayEnterCode(survey, true, after)).toEqual({ ok: false, reason: "closed" });
    expect(mayEnterCode(survey, false, before)).toEqual({ ok: false, reason: "no-codes" });
  });
  it("lets visitors without an account answer only where the consultation welcomes them", () => {
    const welcome = rule({ ok: false, reason: "login" }, true);
    expect(mayAnswer(welcome, null, survey, before)).toEqual({ ok: true, as: "anonymous" });
    expect(mayAnswer(welcome, null, survey, after)).toEqual({ ok: false, reason: "closed" });
    // An account still answers as itself, under the rule.
    expect(
      mayAnswer(
        { ...welcome, explanation: { ...welcome.explanation, check: { ok: true } } },
        resident(),
        survey,
        before,
      ),
    ).toEqual({ ok: true, as: "account" });
  });
  it("asks a confirmed address by default, and nothing more than an account when anonymous answers are allowed", () => {
    expect(answerRuleDefaults({ anonymous_answers: 0 }).answer).toEqual(EMAIL_RULE);
    expect(answerRuleDefaults({ anonymous_answers: 1 }).answer).toEqual(OPEN_RULE);
  });
});
