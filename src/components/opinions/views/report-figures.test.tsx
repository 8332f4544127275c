// The report gives one figure for "how much of group A agrees", in the text and in the table: the
// plain share, not the smoothed estimate the engine ranks statements by.
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { translator } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import type { OpinionAnalysis } from "../domain/types";
import { GroupsSection } from "./report-groups";
import { VotesTable } from "./votes-table";

const ctx = { t: translator("nl"), lang: "nl", site: { languages: "nl,en" } } as unknown as PageContext;
const statements = new Map([[7, "Meer groen in de straat"]]);

// Group A: 25 members answered statement 7, 24 agreed. Smoothed: (24 + 1) / (25 + 2) = 93%.
const analysis: OpinionAnalysis = {
  groups: [
    {
      id: 0,
      participants: Array.from({ length: 30 }, (_, i) => i),
      center: [0, 0],
      representative: [
        {
          statement: 7,
          direction: "agree",
          probability: 25 / 27,
          ratio: 3,
          probabilityZ: 4,
          ratioZ: 4,
          success: 24,
          seen: 25,
        },
      ],
    },
    { id: 1, participants: [30, 31], center: [1, 1], representative: [] },
  ],
  consensus: { agree: [], disagree: [] },
  positions: [],
  unplaced: [],
  statements: [
    {
      statement: 7,
      overall: { agree: 25, disagree: 2, pass: 0 },
      byGroup: [
        { agree: 24, disagree: 0, pass: 1 },
        { agree: 1, disagree: 2, pass: 0 },
      ],
    },
  ],
  silhouette: null,
};

describe("the opinion report's agreement figures", () => {
  it("show the same share in the group text and in the table, and say what it is", () => {
    const text = renderToString(<GroupsSection ctx={ctx} analysis={analysis} statements={statements} />);
    expect(text).toContain("96% van deze groep is het eens (24 van de 25 mensen)");
    expect(text).not.toContain("93%");
    expect(text).toContain("Een percentage is het deel van de groepsleden");
    const counts = new Map([[7, { agree: 25, disagree: 2, pass: 0 }]]);
    const table = renderToString(<VotesTable ctx={ctx} statements={statements} counts={counts} analysis={analysis} />);
    expect(table).toMatch(/<td[^>]*>96%<\/td>/);
    expect(table).toMatch(/<td[^>]*>33%<\/td>/);
  });
});
