import { describe, expect, it } from "vitest";
import { keptResults } from "./kept-results";

describe("kept results", () => {
  it("works a result out once per key, and starts afresh when the bound is reached", () => {
    const kept = keptResults<number, string>(3);
    let worked = 0;
    const get = (n: number) => kept(n, () => `${n}:${++worked}`);
    expect([get(1), get(2), get(1), get(3), get(2)]).toEqual(["1:1", "2:2", "1:1", "3:3", "2:2"]);
    expect(worked).toBe(3);
    expect(get(4)).toBe("4:4"); // the fourth key empties the store first
    expect(get(1)).toBe("1:5");
    expect(get(4)).toBe("4:4");
  });
});
