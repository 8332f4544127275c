import fs from "node:fs";
import os from "node:os";
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

  it("walks the folder when it is not a git checkout (a copied tree)", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "line-length-"));
    try {
      for (const file of ["src/a.ts", "src/b.md", "locales/nl/x.json", "node_modules/p/i.ts", "package.json"]) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), "x");
      }
      expect(checkedFiles(root).sort()).toEqual(["package.json", "src/a.ts"]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
