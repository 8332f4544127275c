// The participation rule set, for every level and condition: who is let through, and what a
// refusal says is missing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn, todayIn } from "./age";
import { participantOf } from "./participant";
import { checkRule, isTighter, normalizeRule, type ParticipationRule } from "./rule";
import { parseRuleForm } from "./rule-form";

const areas = [
  { id: 1, name: "West", postcode_ranges: "1051-1058" },
  { id: 2, name: "Oost", postcode_ranges: "1091-1098" },
];
const today = "2026-12-02";
const none = participantOf(columns());
const email = participantOf({ ...columns(), email_verified_at: "2026-01-01T00:00:00Z" });
const resident = (postcode: string | null, birthdate: string | null) =>
  participantOf({
    ...columns(),
    identity_verified_at: "2026-01-01T00:00:00Z",
    verified_postcode: postcode,
    verified_birthdate: birthdate,
  });
function columns() {
  return {
    email_verified_at: null,
    identity_verified_at: null,
    verified_postcode: null,
    verified_birthdate: null,
    verified_area_id: null,
  };
}
const rule = (r: Partial<ParticipationRule>): ParticipationRule => ({
  level: "email",
  areaIds: [],
  minAge: null,
  ...r,
});
const westFrom16 = rule({ areaIds: [1], minAge: 16 });

describe("checkRule", () => {
  it("takes a letter code's area as proof of residence, also for an area without postcodes", () => {
    const buurt = [...areas, { id: 3, name: "Buurt zonder postcodes", postcode_ranges: "" }];
    const byLetter = (areaId: number) =>
      participantOf({
        ...columns(),
        identity_verified_at: "2026-01-01T00:00:00Z",
        verified_postcode: null,
        verified_area_id: areaId,
      });
    expect(checkRule(rule({ areaIds: [3] }), byLetter(3), buurt, today).ok).toBe(true);
    expect(checkRule(rule({ areaIds: [3] }), byLetter(2), buurt, today)).toEqual({
      ok: false,
      reason: "areas-unchecked",
    });
    expect(checkRule(rule({ areaIds: [1] }), byLetter(1), buurt, today).ok).toBe(true);
    expect(checkRule(rule({ areaIds: [1] }), byLetter(2), buurt, today)).toEqual({ ok: false, reason: "no-postcode" });
    // Only while the account is verified: an unverified account's stale area counts for nothing.
    const stale = participantOf({ ...columns(), email_verified_at: "2026-01-01T00:00:00Z", verified_area_id: 3 });
    expect(checkRule(rule({ areaIds: [3] }), stale, buurt, today)).toEqual({ ok: false, reason: "areas-unchecked" });
  });

  it("asks a visitor who is not logged in to log in", () => {
    expect(checkRule(rule({ level: "none" }), null, areas, today)).toEqual({ ok: false, reason: "login" });
  });

  it("an e-mail rule: unconfirmed accounts confirm first; confirmed and verified residents pass", () => {
    expect(checkRule(rule({}), none, areas, today)).toEqual({ ok: false, reason: "confirm-email" });
    expect(checkRule(rule({}), email, areas, today).ok).toBe(true);
    // Levels are ordered: a resident verified through DigiD needs no e-mail address.
    expect(checkRule(rule({}), resident(null, null), areas, today).ok).toBe(true);
  });

  it("a verified-resident rule refuses e-mail-only accounts with 'verify'", () => {
    expect(checkRule(rule({ level: "identity" }), email, areas, today)).toEqual({ ok: false, reason: "verify" });
    expect(checkRule(rule({ level: "identity" }), none, areas, today)).toEqual({ ok: false, reason: "verify" });
    expect(checkRule(rule({ level: "identity" }), resident(null, null), areas, today).ok).toBe(true);
  });

  it("areas and age imply a verified resident: a confirmed address is not enough", () => {
    expect(normalizeRule(westFrom16).level).toBe("identity");
    expect(checkRule(westFrom16, email, areas, today)).toEqual({ ok: false, reason: "verify" });
  });

  it("checks the verified postcode against the areas' ranges", () => {
    expect(checkRule(westFrom16, resident("1053 AB", "2000-01-01"), areas, today).ok).toBe(true);
    expect(checkRule(westFrom16, resident("1093 AB", "2000-01-01"), areas, today)).toEqual({
      ok: false,
      reason: "outside-area",
    });
    expect(checkRule(westFrom16, resident(null, "2000-01-01"), areas, today)).toEqual({
      ok: false,
      reason: "no-postcode",
    });
  });

  it("counts age in calendar days: 16 on the birthday, not the day before", () => {
    expect(checkRule(westFrom16, resident("1053 AB", "2010-12-02"), areas, today).ok).toBe(true);
    expect(checkRule(westFrom16, resident("1053 AB", "2010-12-03"), areas, today)).toEqual({
      ok: false,
      reason: "too-young",
      minAge: 16,
    });
    expect(checkRule(westFrom16, resident("1053 AB", null), areas, today)).toEqual({
      ok: false,
      reason: "no-birthdate",
    });
  });

  it("uses the day in Amsterdam: 23:30 UTC on 1 December is already 2 December there", () => {
    expect(todayIn(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02");
    expect(ageOn("2010-12-02", todayIn(new Date("2026-12-01T23:30:00Z")))).toBe(16);
  });

  it("someone born on 29 February is a year older on 1 March in other years", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
  });

  it("never lets through a participant below the rule's level (property)", () => {
    const levels = ["none", "email", "identity"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...levels), fc.constantFrom(...levels), (have, need) => {
        const p = { level: have, verifiedPostcode: null, verifiedBirthdate: null };
        const ok = checkRule(rule({ level: need }), p, areas, today).ok;
        expect(ok).toBe(levels.indexOf(have) >= levels.indexOf(need));
      }),
    );
  });
});

describe("isTighter", () => {
  it("is true when a rule asks more, false when it asks the same or less", () => {
    expect(isTighter(rule({}), rule({ level: "identity" }))).toBe(true);
    expect(isTighter(rule({ level: "identity" }), rule({}))).toBe(false);
    expect(isTighter(rule({ areaIds: [1, 2] }), rule({ areaIds: [1] }))).toBe(true);
    expect(isTighter(rule({ areaIds: [1] }), rule({ areaIds: [1, 2] }))).toBe(false);
    expect(isTighter(rule({ areaIds: [1] }), rule({ level: "identity" }))).toBe(false);
    expect(isTighter(rule({ minAge: 16 }), rule({ minAge: 18 }))).toBe(true);
    expect(isTighter(rule({ minAge: 18 }), rule({ minAge: 16 }))).toBe(false);
  });
});

describe("parseRuleForm", () => {
  it("gives rules for good input", () => {
    const r = parseRuleForm(
      { supportLevel: "email", supportAreas: ["1", "2"], supportMinAge: " 16 " },
      ["support"],
      ["email", "identity"],
      [1, 2],
    );
    expect(r).toEqual({ ok: true, rules: { support: { level: "email", areaIds: [1, 2], minAge: 16 } } });
  });

  it("puts each error beside its field and keeps what was typed", () => {
    const r = parseRuleForm(
      { supportLevel: "none", supportAreas: "99", supportMinAge: "zestien" },
      ["support"],
      ["email", "identity"],
      [1, 2],
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.form.errors.map((e) => e.field)).toEqual(["supportLevel", "supportAreas", "supportMinAge"]);
    expect(r.form.values.supportMinAge).toBe("zestien");
    for (const bad of ["0", "121", "1.5", "-3"])
      expect(parseRuleForm({ supportLevel: "email", supportMinAge: bad }, ["support"], ["email"], []).ok).toBe(false);
  });
});
