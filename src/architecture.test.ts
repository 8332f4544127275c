// The shape of the modular monolith, checked on the code as it runs: esbuild resolves every import
// that survives compilation (type-only imports vanish, dynamic ones count), and the resulting graph
// must have no cycle, and no component or core module may reach the app that wires them together.
// Code that differs per database lives in src/core/db only.
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
type Graph = Map<string, string[]>;

/** Every source file that the program may load: tests and test helpers are not part of it. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "test" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

async function runtimeImports(): Promise<Graph> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: sourceFiles("src"),
    bundle: true,
    write: false,
    metafile: true,
    outdir: "out",
    platform: "node",
    format: "esm",
    packages: "external",
    jsx: "automatic",
    jsxImportSource: "preact",
    logLevel: "silent",
  });
  return new Map(
    Object.entries(result.metafile.inputs).map(([file, input]) => [
      file,
      input.imports.filter((i) => !i.external).map((i) => i.path),
    ]),
  );
}

/** One import cycle if there is any (as the list of files around it), else null. */
function findCycle(graph: Graph): string[] | null {
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (file: string): string[] | null => {
    state.set(file, "open");
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") return [...trail.slice(trail.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    trail.pop();
    state.set(file, "done");
    return null;
  };
  for (const file of graph.keys()) {
    if (state.has(file)) continue;
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

/** The files from which `target` can be reached by following imports. */
function reaching(graph: Graph, target: string): string[] {
  return [...graph.keys()].filter((start) => {
    const seen = new Set<string>();
    const todo = [start];
    while (todo.length) {
      const file = todo.pop()!;
      for (const next of graph.get(file) ?? []) {
        if (next === target) return true;
        if (seen.has(next)) continue;
        seen.add(next);
        todo.push(next);
      }
    }
    return false;
  });
}

describe("import structure", () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await runtimeImports();
  });

  it("sees the whole program", () => {
    expect(graph.has("src/app.ts")).toBe(true);
    expect(graph.get("src/main.ts")).toContain("src/components/index.ts");
  });

  it("has no import cycle", () => {
    expect(findCycle(graph)).toBeNull();
  });

  it("never lets a component or core module reach src/app.ts, statically or dynamically", () => {
    const offenders = reaching(graph, "src/app.ts").filter((f) => /^src\/(components|core)\//.test(f));
    expect(offenders).toEqual([]);
  });

  it("keeps every difference between SQLite and PostgreSQL in src/core/db", () => {
    const branching = sourceFiles("src").filter(
      (f) =>
        !f.startsWith("src/core/db/") &&
        /dialect\s*[!=]==|isPostgres/.test(fs.readFileSync(path.join(root, f), "utf8")),
    );
    expect(branching).toEqual([]);
  });

  it("hands every command its dependencies one way: the services first", () => {
    // A use case takes (services, …) and reads db, clock and the rest from it; a step that runs
    // inside its caller's transaction takes (trx, …, now); a command-line adapter takes (argv, …).
    const commandFiles = sourceFiles("src").filter((f) => /\/commands\/[^/]+\.ts$/.test(f));
    expect(commandFiles.length).toBeGreaterThan(20);
    const others = commandFiles.flatMap((file) =>
      [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/export async function (\w+)\(\s*(\w+): ([\w.]+)/g)]
        .filter(([, , name, type]) => !["services:Services", "trx:Executor", "argv:string"].includes(`${name}:${type}`))
        .map(([, fn, name, type]) => `${file} ${fn}(${name}: ${type})`),
    );
    expect(others).toEqual([]);
  });

  it("finds a cycle when there is one (the check itself works)", () => {
    const looped: Graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
    ]);
    expect(findCycle(looped)).toEqual(["a", "b", "c", "a"]);
    expect(reaching(looped, "a").sort()).toEqual(["a", "b", "c"]);
  });
});
