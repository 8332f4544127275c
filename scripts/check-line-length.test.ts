import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkedFiles, longLines } from "./check-line-length";

describe("line length check", () => {
  it("reports each line over the limit with its file, number and length", () => {
    const text = ["short", "x".repeat(120), "y".repeat(121), "€".repeat(120)].join("\r\n");
    expect(longLines("a.ts", text)).toEqual([{ file: "a.ts", line: 3, length: 121 }]);
  });

  it("covers our TypeScript and JSON, not the catalogs, the bundled data or the lock file", () => {
    const files = checkedFiles(path.resolve(import.meta.dirname, ".."));
    expect(files).toContain("src/main.ts");
    expect(files).toContain("biome.json");
    expect(files.filter((f) => /^(locales|datasets)\/|package-lock\.json$/.test(f))).toEqual([]);
  });
});
