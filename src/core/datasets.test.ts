import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_DATA_DIR, DEMO_DATASETS, LARGE_DATA_DIR, bundledDataset, largeDataset } from "./datasets";

function bundledFiles(dir = BUNDLED_DATA_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? bundledFiles(full) : [path.relative(BUNDLED_DATA_DIR, full)];
  });
}

describe("bundled data sets", () => {
  const readme = fs.readFileSync(bundledDataset("README.md"), "utf8");
  const files = bundledFiles().filter((file) => file !== "README.md");

  it("names every bundled file in datasets/README.md, and every file it names is there", () => {
    for (const file of files) expect(readme, file).toContain(`\`${file.split(path.sep).join("/")}\``);
    const named = [...readme.matchAll(/^\| `([^`]+\.(?:pb|csv|json))` \|/gm)].map((m) => m[1]);
    expect(named.sort()).toEqual(files.map((f) => f.split(path.sep).join("/")).sort());
  });

  it("stays small: a few megabytes at most", () => {
    const bytes = files.reduce((sum, file) => sum + fs.statSync(bundledDataset(file)).size, 0);
    expect(bytes).toBeLessThan(3_000_000);
  });

  it("holds what the demo imports", () => {
    expect(fs.existsSync(DEMO_DATASETS.assenBudget)).toBe(true);
    expect(fs.existsSync(path.join(DEMO_DATASETS.seattleConversation, "votes.csv"))).toBe(true);
  });
});

describe("large data sets", () => {
  it("live beside the checkout in ../shared/data", () => {
    expect(LARGE_DATA_DIR).toBe(path.resolve(BUNDLED_DATA_DIR, "../../shared/data"));
  });

  it("name the missing file when they are not there", () => {
    const absent = largeDataset("pabulib/Nowhere_1999.pb");
    expect(absent.present).toBe(false);
    expect(absent.missing).toBe("needs ../shared/data/pabulib/Nowhere_1999.pb (not bundled: see datasets/README.md)");
  });
});
