import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("embeds a few hundred common passwords, Dutch ones included", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(400);
    for (const word of ["wachtwoord", "welkom", "geheim", "feyenoord", "password", "qwerty"])
      expect(COMMON_PASSWORDS.has(word)).toBe(true);
  });

  it("accepts a long passphrase that has nothing to do with the account", () => {
    expect(
      passwordProblem("paarse olifant fietst snel", { email: "jan@example.org", siteName: "Teststad" }),
    ).toBeNull();
    expect(passwordProblem("Kx9#mPq2vL8w")).toBeNull();
  });

  it("refuses passwords shorter than 12 or longer than 200 characters", () => {
    expect(passwordProblem("Kx9#mPq2vL8")).toBe("passwordTooShort");
    expect(passwordProblem("a".repeat(150) + "Kx9#mPq2vL8w".repeat(5))).toBe("passwordTooLong");
  });

  it("refuses common passwords, also with digits, symbols, capitals or letter swaps around them", () => {
    for (const p of [
      "wachtwoord12",
      "Wachtwoord2024!",
      "W4chtw00rd123",
      "p@ssw0rd12345",
      "Welkom2026!!!",
      "welkomwelkom",
      "123456789012",
      "qwertyuiop12",
      "Feyenoord1908",
      "passwordpassword",
      "ikhouvanjou123",
      "abcdefghijklm",
    ]) {
      expect(passwordProblem(p), p).toBe("passwordCommon");
    }
  });

  it("refuses passwords made of very few different characters", () => {
    expect(passwordProblem("aaaaaaaaaaaaaaa")).toBe("passwordSimple");
    expect(passwordProblem("abababababab")).toBe("passwordSimple");
  });

  it("refuses passwords that contain the address's name or the site's name", () => {
    expect(passwordProblem("janssen-zegt-ja-2026", { email: "Janssen@example.org" })).toBe("passwordPersonal");
    expect(passwordProblem("ik ben piet.de.boer", { email: "piet.de.boer@example.org" })).toBe("passwordPersonal");
    expect(passwordProblem("ik woon in teststad!", { email: "jan@example.org", siteName: "Teststad" })).toBe(
      "passwordSiteName",
    );
    expect(passwordProblem("stadsdeel is mooi 9", { siteName: "Stadsdeel West" })).toBe("passwordSiteName");
  });

  it("refuses every common password with any digits appended (property)", () => {
    const words = [...COMMON_PASSWORDS].filter((w) => /^\p{L}+$/u.test(w));
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.stringMatching(/^[0-9!?.]{0,12}$/), (word, suffix) => {
        const password = word + suffix;
        const problem = passwordProblem(password);
        return problem !== null;
      }),
    );
  });

  it("refuses any password containing the local part of the e-mail address (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,12}$/), fc.stringMatching(/^[A-Z0-9#%]{8,20}$/), (local, noise) => {
        const password = `${noise.slice(0, 4)}${local}${noise.slice(4)}`;
        return passwordProblem(password, { email: `${local}@example.org` }) !== null;
      }),
    );
  });
});
