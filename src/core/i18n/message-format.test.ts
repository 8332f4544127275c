import { describe, expect, it } from "vitest";
import { formatMessage, patternProblem, placeholderNames } from "./message-format";

const days = "Nog {count, plural, one {# dag} other {# dagen}} (tot {date}).";
const people = "{count, plural, one {# person voted} other {# people voted}}.";

describe("plural forms", () => {
  it.each([
    [0, "Nog 0 dagen (tot 1 mei)."],
    [1, "Nog 1 dag (tot 1 mei)."],
    [2, "Nog 2 dagen (tot 1 mei)."],
    [1000, "Nog 1.000 dagen (tot 1 mei)."],
  ])("picks the Dutch form for %i", (count, expected) => {
    expect(formatMessage("nl", days, { count, date: "1 mei" })).toBe(expected);
  });

  it.each([
    [0, "0 people voted."],
    [1, "1 person voted."],
    [2, "2 people voted."],
    [1000, "1,000 people voted."],
  ])("picks the English form for %i", (count, expected) => {
    expect(formatMessage("en", people, { count })).toBe(expected);
  });

  it("prefers an exact =N branch over the category", () => {
    const text = "{n, plural, =0 {Nog niemand} one {# persoon} other {# mensen}}";
    expect(formatMessage("nl", text, { n: 0 })).toBe("Nog niemand");
    expect(formatMessage("nl", text, { n: 1 })).toBe("1 persoon");
  });

  it("handles two counts in one sentence, each with its own #", () => {
    const text =
      "{voters, plural, one {# persoon stemde} other {# mensen stemden}}; " +
      "{winners, plural, one {# project} other {# projecten}}.";
    expect(formatMessage("nl", text, { voters: 1, winners: 3 })).toBe("1 persoon stemde; 3 projecten.");
  });

  it("fills placeholders inside a branch and leaves # outside plurals alone", () => {
    const text = "#{n} {n, plural, one {# idee van {name}} other {# ideeën van {name}}}";
    expect(formatMessage("nl", text, { n: 1, name: "Sam" })).toBe("#1 1 idee van Sam");
  });

  it("does not interpret braces or # inside a parameter's value", () => {
    expect(formatMessage("nl", "Titel: {title}", { title: "{count} #1" })).toBe("Titel: {count} #1");
  });

  it("leaves a plural as written and reports it when its argument is not a number", () => {
    const reported: string[] = [];
    const text = "{count, plural, one {# project} other {# projecten}}";
    expect(formatMessage("nl", text, { count: "1.000" }, (name) => reported.push(name))).toBe(text);
    expect(reported).toEqual(["count"]);
  });
});

describe("pattern checks", () => {
  it("lists placeholder names, including those in plural branches", () => {
    expect(placeholderNames("{a} {n, plural, one {# {b}} other {# {b} {c}}}")).toEqual(["a", "b", "c", "n"]);
  });

  it("reports malformed patterns", () => {
    expect(patternProblem("{n, plural, one {# dag}}")).toMatch(/other/);
    expect(patternProblem("{n, plural, one {# dag} other {# dagen}")).toMatch(/unclosed/);
    expect(patternProblem("{n, plural, een {# dag} other {# dagen}}")).toMatch(/bad plural branch/);
    expect(patternProblem(days)).toBeNull();
  });
});
