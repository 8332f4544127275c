import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { PageContext } from "../../../core/views/context";
import type { OpinionAnalysis } from "../domain/types";
import { OpinionMap } from "./opinion-map";

describe("the opinion map", () => {
  it("draws a conversation of 200,000 placed participants (large imports)", () => {
    const positions = Array.from({ length: 200_000 }, (_, i) => ({
      participant: i,
      x: (i % 1000) / 100 - 5,
      y: Math.floor(i / 1000) / 40 - 2,
      group: i % 2,
    }));
    const analysis = {
      groups: [0, 1].map((id) => ({ id, participants: [], center: [id * 2 - 1, 0], representative: [] })),
      positions,
      consensus: { agree: [], disagree: [] },
      unplaced: [],
      statements: [],
      silhouette: null,
    } as unknown as OpinionAnalysis;
    const ctx = { t: (key: string) => key } as unknown as PageContext;
    const svg = renderToString(<OpinionMap ctx={ctx} analysis={analysis} />);
    expect(svg).toContain('<svg class="opinion-map"');
    expect(svg.match(/Z/g)).toHaveLength(200_000);
  });
});
