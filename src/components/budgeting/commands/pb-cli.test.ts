import { afterEach, describe, expect, it } from "vitest";
import { pbCommand } from "./pb-cli";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await pbCommand.run(argv, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    withServices: () => Promise.reject(new Error("wrong usage must be answered before the database is opened")),
  });
  return { code, out, err };
}

describe("inspraak pb codes and pb import: wrong usage", () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    // Assigning undefined would store the text "undefined": test files share their worker.
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });

  it.each([
    [["codes", "--process", "3"], /^inspraak pb codes: --count is required/],
    [["codes", "--process", "3", "--count", "0"], /--count needs a whole number from 1 to \d+, got "0"/],
    [["codes", "--process", "x1", "--count", "5"], /--process needs a whole number/],
    [["codes", "--process", "3", "--count", "5", "--colour", "red"], /unknown option --colour/],
    [["codes", "--process", "3", "--count"], /--count needs a value/],
    [["import", "--site", "west"], /missing FILE\.pb/],
    [["import", "a.pb", "b.pb", "--site", "west"], /unexpected argument "b\.pb"/],
    [["import", "a.pb"], /--site is required/],
    [["import", "a.pb", "--site", "west", "--method", "best"], /--method must be one of mes-add1, .*got "best"/],
  ])("%j: exit 2 with one line naming the option, before the database is opened", async (argv, message) => {
    // A database URL that cannot be opened: reaching the database would throw instead of answering 2.
    process.env.DATABASE_URL = "mysql://nowhere/inspraak";
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).not.toContain("\n");
    expect(r.out).toEqual([]);
  });
});
