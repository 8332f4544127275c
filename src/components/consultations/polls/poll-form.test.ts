import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choicesChangeAllowed, parseChoices } from "./poll-form";
import { pollResults, resultsVisible } from "./poll-results";

describe("the poll form's choices", () => {
  it("takes one choice per line, skipping blank lines and spaces", () => {
    expect(parseChoices("  Groen \r\n\nSpelen\n")).toEqual({ ok: true, choices: ["Groen", "Spelen"] });
  });

  it("refuses fewer than 2, more than 10, too long and double choices", () => {
    expect(parseChoices("Alleen")).toEqual({ ok: false, key: "consultations.polls.errors.tooFewChoices" });
    expect(parseChoices(Array.from({ length: 11 }, (_, i) => `K${i}`).join("\n"))).toEqual({
      ok: false,
      key: "consultations.polls.errors.tooManyChoices",
    });
    expect(parseChoices(`Kort\n${"x".repeat(101)}`)).toEqual({
      ok: false,
      key: "consultations.polls.errors.choiceTooLong",
    });
    expect(parseChoices("Groen\ngroen")).toEqual({ ok: false, key: "consultations.polls.errors.doubleChoice" });
  });

  it("keeps the number of choices once anyone voted, but allows fixing a text", () => {
    expect(choicesChangeAllowed(["a", "b"], ["a", "b", "c"], 0)).toBe(true);
    expect(choicesChangeAllowed(["a", "b"], ["a", "B"], 3)).toBe(true);
    expect(choicesChangeAllowed(["a", "b"], ["a", "b", "c"], 1)).toBe(false);
    expect(choicesChangeAllowed(["a", "b", "c"], ["a", "b"], 1)).toBe(false);
  });
});

describe("a poll's results", () => {
  const choices = [
    { id: 1, label: "Groen" },
    { id: 2, label: "Spelen" },
    { id: 3, label: "Bankjes" },
  ];

  it("counts votes and gives percentages with one decimal", () => {
    const r = pollResults(
      choices,
      new Map([
        [1, 2],
        [2, 1],
      ]),
    );
    expect(r.total).toBe(3);
    expect(r.choices.map((c) => [c.votes, c.percent])).toEqual([
      [2, 66.7],
      [1, 33.3],
      [0, 0],
    ]);
    expect(pollResults(choices, new Map()).choices.every((c) => c.percent === 0)).toBe(true);
  });

  it("has percentages that add up to about 100 whatever the votes", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 3, maxLength: 3 }), (counts) => {
        const r = pollResults(choices, new Map(counts.map((n, i) => [i + 1, n])));
        const sum = r.choices.reduce((s, c) => s + c.percent, 0);
        expect(r.total).toBe(counts.reduce((a, b) => a + b, 0));
        if (r.total > 0) expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.15);
        else expect(sum).toBe(0);
      }),
    );
  });

  it("shows results after voting or only after closing, as staff chose", () => {
    expect(resultsVisible({ results: "afterVote", closed: false }, false)).toBe(false);
    expect(resultsVisible({ results: "afterVote", closed: false }, true)).toBe(true);
    expect(resultsVisible({ results: "afterClose", closed: false }, true)).toBe(false);
    expect(resultsVisible({ results: "afterClose", closed: true }, false)).toBe(true);
    expect(resultsVisible({ results: "afterVote", closed: true }, false)).toBe(true);
  });
});
