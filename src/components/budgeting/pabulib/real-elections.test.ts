import { describe, expect, it } from "vitest";
import { largeData } from "../../../../test/support/datasets";
import { bundledDataset } from "../../../core/datasets";
import { computeOutcome, type ComputeOptions } from "../domain/compute";
import { officialSelection, readPabulibFile, toElection } from "./index";

// Real elections from pabulib (datasets/README.md): the official outcome is the `selected` column.
// The small ones are bundled; the large greedy ones come from ../shared/data when it is there.

async function check(file: string, options: ComputeOptions) {
  const pb = await readPabulibFile(file);
  const outcome = computeOutcome(toElection(pb), options);
  const official = officialSelection(pb)!;
  return { outcome, official: [...official].sort(), winners: [...outcome.winners].sort() };
}

describe("greedy reproduces official outcomes (large files)", () => {
  for (const [file, eligibility, count, cost] of [
    ["pabulib/Poland_Warszawa_2021_Bielany.pb", {}, 26, 4_321_775],
    ["pabulib/Poland_Czestochowa_2024.pb", {}, 5, 2_363_550],
    ["pabulib/Poland_Krakow_2020.pb", {}, 10, 6_388_500],
    ["pabulib/Poland_Warszawa_2026.pb", { minVotes: 3000 }, 17, 24_171_003],
  ] as const) {
    const data = largeData(file);
    it.skipIf(data.missing)(data.title(file), async () => {
      const r = await check(data.paths[0]!, { rule: "greedy", eligibility });
      expect(r.winners).toEqual(r.official);
      expect(r.outcome.winners.length).toBe(count);
      expect(r.outcome.totalCost).toBe(cost);
    });
  }

  const warszawa = largeData("pabulib/Poland_Warszawa_2026.pb");
  it.skipIf(warszawa.missing)(
    warszawa.title("Warszawa 2026 without its 3000-vote threshold differs from the official outcome"),
    async () => {
      const r = await check(warszawa.paths[0]!, { rule: "greedy" });
      expect(r.winners).not.toEqual(r.official);
    },
  );
});

describe("MES with add1 reproduces official outcomes (bundled files)", () => {
  it("Assen 2024: 9 winners, 76,700 EUR (exhaustive stop, 2,033 EUR per voter)", async () => {
    const r = await check(bundledDataset("pabulib/Netherlands_Assen_2024.pb"), { rule: "mes", completion: "add1" });
    expect(r.winners).toEqual(r.official);
    expect(r.outcome.totalCost).toBe(76_700);
    expect(r.outcome.perVoterBudget).toBe(2033);
  });

  it("Wieliczka 2023: 30 winners, 995,079 PLN (overspend stop, 315 PLN per voter; with comparison too)", async () => {
    for (const comparison of [false, true]) {
      const r = await check(bundledDataset("pabulib/Poland_Wieliczka_2023_Green_Budget.pb"), {
        rule: "mes",
        completion: "add1",
        add1Stop: "overspend",
        comparison,
      });
      expect(r.winners).toEqual(r.official);
      expect(r.outcome.totalCost).toBe(995_079);
      expect(r.outcome.perVoterBudget).toBe(315);
    }
  });

  it("Wieliczka 2023 with the exhaustive stop ends earlier (302 PLN) and does not match", async () => {
    const r = await check(bundledDataset("pabulib/Poland_Wieliczka_2023_Green_Budget.pb"), {
      rule: "mes",
      completion: "add1",
    });
    expect(r.outcome.perVoterBudget).toBe(302);
    expect(r.winners).not.toEqual(r.official);
  });

  it("the takahashim copy of Wieliczka gives the same outcome", async () => {
    const r = await check(
      bundledDataset("pabulib-takahashim-equalshares-fixtures/poland_wieliczka_2023_green-budget.pb"),
      {
        rule: "mes",
        completion: "add1",
        add1Stop: "overspend",
      },
    );
    const official = await check(bundledDataset("pabulib/Poland_Wieliczka_2023_Green_Budget.pb"), { rule: "greedy" });
    expect(r.winners).toEqual(official.official);
  });

  it("Świecie 2023: 17 winners, 1,040,337 PLN, with comparison and a 3% minimum vote share", async () => {
    const r = await check(bundledDataset("pabulib/Poland_Swiecie_2023.pb"), {
      rule: "mes",
      completion: "add1",
      comparison: true,
      eligibility: { minShare: 0.03 },
    });
    expect(r.winners).toEqual(r.official);
    expect(r.outcome.totalCost).toBe(1_040_337);
  });
});
