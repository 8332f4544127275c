// The pure rules of sign-in through a provider: which claims are kept and how, which assurance
// level is enough, and the verification level of an account.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meetsLevel, verificationLevel } from "../participation/verification-level";
import { assuranceReached, parseLevels } from "./assurance";
import { claimAt, mapClaims, normalizeBirthdate, normalizePostcode } from "./claims";
import { subjectHash } from "./subject-hash";

describe("claims", () => {
  it("reads nested claims by a dotted path, only strings", () => {
    const claims = { address: { postal_code: "1012AB" }, age: 30, name: "Anna" };
    expect(claimAt(claims, "address.postal_code")).toBe("1012AB");
    expect(claimAt(claims, "name")).toBe("Anna");
    expect(claimAt(claims, "age")).toBeUndefined();
    expect(claimAt(claims, "address.street")).toBeUndefined();
    expect(claimAt(claims, "")).toBeUndefined();
  });

  it("keeps a Dutch postcode in one form, and nothing else", () => {
    expect(normalizePostcode("1012ab")).toBe("1012 AB");
    expect(normalizePostcode(" 1012 AB ")).toBe("1012 AB");
    for (const bad of ["0123 AB", "1012", "1012 A1", "Damrak 1", undefined]) expect(normalizePostcode(bad)).toBeNull();
  });

  it("keeps a full, real date of birth only", () => {
    expect(normalizeBirthdate("1990-04-12")).toBe("1990-04-12");
    for (const bad of ["0000-04-12", "1990-02-30", "1990", "12-04-1990", undefined])
      expect(normalizeBirthdate(bad)).toBeNull();
  });

  it("maps only what the administrator chose; a BSN claim never comes along", () => {
    const mapped = mapClaims(
      { sub: "x", bsn: "123456782", name: " Anna  de Vries ", birthdate: "1990-04-12" },
      { postcode: "", birthdate: "birthdate", displayName: "name" },
    );
    expect(mapped).toEqual({ postcode: null, birthdate: "1990-04-12", displayName: "Anna de Vries" });
    expect(JSON.stringify(mapped)).not.toContain("123456782");
    expect(
      mapClaims({ name: "a\u0000b" }, { postcode: "", birthdate: "", displayName: "name" }).displayName,
    ).toBeNull();
  });
});

describe("assurance level", () => {
  it("accepts only a listed level, or anything when none is required", () => {
    const accepted = parseLevels(" midden  hoog ");
    expect(accepted).toEqual(["midden", "hoog"]);
    expect(assuranceReached(accepted, "midden")).toBe(true);
    expect(assuranceReached(accepted, "hoog")).toBe(true);
    expect(assuranceReached(accepted, "laag")).toBe(false);
    expect(assuranceReached(accepted, undefined)).toBe(false);
    expect(assuranceReached(accepted, ["hoog"])).toBe(false);
    expect(assuranceReached([], undefined)).toBe(true);
  });
});

describe("verification level", () => {
  it("is identity after a provider, else email after confirmation, else none", () => {
    const at = "2026-12-02T10:00:00.000Z";
    expect(verificationLevel({ email_verified_at: null, identity_verified_at: null })).toBe("none");
    expect(verificationLevel({ email_verified_at: at, identity_verified_at: null })).toBe("email");
    expect(verificationLevel({ email_verified_at: null, identity_verified_at: at })).toBe("identity");
    expect(meetsLevel("identity", "email")).toBe(true);
    expect(meetsLevel("email", "identity")).toBe(false);
    expect(meetsLevel("none", "none")).toBe(true);
  });
});

describe("subject hash", () => {
  it("is stable per issuer and subject, differs by issuer, secret and subject, and hides the subject", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (issuer, subject) => {
        const hash = subjectHash("secret", issuer, subject);
        expect(hash).toBe(subjectHash("secret", issuer, subject));
        expect(hash).not.toBe(subjectHash("other secret", issuer, subject));
        expect(hash).not.toBe(subjectHash("secret", `${issuer}x`, subject));
        expect(hash).toMatch(/^[\w-]{43}$/);
      }),
    );
    expect(subjectHash("s", "https://a", "123456782")).not.toContain("123456782");
  });
});
