import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CsvParseError,
  DUTCH_SPREADSHEET_CSV,
  neutraliseFormula,
  parseCsv,
  POLIS_CSV,
  restoreFormula,
  writeCsv,
} from "./index";

describe("CSV formula neutralisation", () => {
  it("puts an apostrophe before cells a spreadsheet would run, per OWASP", () => {
    for (const cell of ['=HYPERLINK("http://evil.example","klik")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"])
      expect(neutraliseFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`);
  });

  it("leaves plain numbers (negative votes), ordinary text and inner formula characters alone", () => {
    for (const cell of ["-1", "-0.5", "0", "42", "Bomen = groen", "a-b", "", "'quoted", "-", "=", "'-"])
      expect(neutraliseFormula(cell)).toBe(cell);
  });

  it("is undone exactly by restoreFormula, for any text", () => {
    const unit = fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "1", "a", ".");
    fc.assert(fc.property(fc.string({ unit }), (s) => restoreFormula(neutraliseFormula(s)) === s));
  });
});

describe("CSV writing and reading", () => {
  it("writes quoted, neutralised cells in the dialect asked for", () => {
    expect(
      writeCsv([
        ["id", "title"],
        [1, '=HYPERLINK("x")'],
        [-1, "a;b"],
      ]),
    ).toBe('id,title\r\n1,"\'=HYPERLINK(""x"")"\r\n-1,"a;b"\r\n');
    expect(writeCsv([["a;b", "1,2"]], POLIS_CSV)).toBe('a;b,"1,2"\n');
    expect(writeCsv([["a;b", null, "-1"]], DUTCH_SPREADSHEET_CSV)).toBe('"a;b";;-1\r\n');
    expect(writeCsv([["x\ny", "z"]], POLIS_CSV)).toBe('"x\ny",z\n');
  });

  it("reads quoted fields with separators, doubled quotes and line breaks, and their start line", () => {
    expect(parseCsv('a,b\n1,"x, ""y""\nz"\n2,plain\n', "f.csv")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", 'x, "y"\nz'] },
      { line: 4, fields: ["2", "plain"] },
    ]);
    expect(parseCsv('k;"v; w"\n', "f.pb", ";")).toEqual([{ line: 1, fields: ["k", "v; w"] }]);
  });

  it("reads back exactly what it wrote, formulas included", () => {
    const field = fc.string({ unit: fc.constantFrom("a", ",", ";", '"', "\n", " ", "é", "1", "=", "-", "'", "@") });
    for (const dialect of [POLIS_CSV, DUTCH_SPREADSHEET_CSV])
      fc.assert(
        fc.property(
          fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
          (rows) => {
            const width = rows[0]!.length;
            const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
            const text = writeCsv(table, dialect);
            expect(parseCsv(text, "t.csv", dialect.separator).map((r) => r.fields)).toEqual(table);
          },
        ),
      );
  });

  it("names the file and line of an unclosed quote, a stray quote and a control character", () => {
    const error = (text: string) => {
      try {
        parseCsv(text, "dir/comments.csv");
      } catch (e) {
        return e as CsvParseError;
      }
      throw new Error("expected an error");
    };
    expect(error('a,b\n1,2\n3,"open\n4')).toMatchObject({ file: "dir/comments.csv", line: 3 });
    expect(error('a,b\n1,x"y\n')).toMatchObject({ line: 2, detail: "quote inside an unquoted field" });
    expect(error('a,b\n1,"x"y\n')).toMatchObject({ line: 2, detail: "unexpected character after a closing quote" });
    const nul = error("a,b\n1,2\n3,x\u0000\n");
    expect(nul).toBeInstanceOf(CsvParseError);
    expect(nul.message).toBe("dir/comments.csv, line 3: holds a control character (such as NUL)");
    expect(error('a,b\n1,"two\nli\u0001nes"\n')).toMatchObject({ line: 3 });
  });
});
