import { describe, expect, it } from "vitest";
import { parseCsv } from "../../csv";
import { decodeAddressFile, normalizePostcode, readAddressList } from "./address-csv";
import { lettersCsv } from "./letters-csv";

const AREAS = [
  { id: 1, name: "Noord", postcode_ranges: "1000-1019" },
  { id: 2, name: "Zuid", postcode_ranges: "1020-1039" },
  { id: 3, name: "Overal", postcode_ranges: "" },
];

const problemsOf = (text: string, max?: number) => {
  const result = readAddressList(text, AREAS, max);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => ({ line: p.line, key: p.key, params: p.params }));
};

describe("reading the address list for letter codes", () => {
  it("reads semicolon and comma files, Dutch or English headers, a BOM, any column order", () => {
    const semi = readAddressList("\uFEFFadres;postcode;gebied\r\nDorpsstraat 1;1011ab;noord\r\n\r\n", AREAS);
    expect(semi).toEqual({
      ok: true,
      rows: [{ line: 2, address: "Dorpsstraat 1", postcode: "1011 AB", areaId: 1, areaName: "Noord" }],
    });
    const comma = readAddressList('Area,Address,Postal code\nZuid,"Laan 3, achter",1030 CD\n', AREAS);
    expect(comma.ok && comma.rows[0]).toMatchObject({ address: "Laan 3, achter", postcode: "1030 CD", areaId: 2 });
    // An area without postcode ranges takes any postcode.
    expect(readAddressList("adres;postcode;wijk\nX 1;9999 ZZ;Overal\n", AREAS).ok).toBe(true);
  });

  it.each([
    ["", [{ line: 1, key: "empty", params: {} }]],
    ["adres;postcode\nX 1;1011 AB\n", [{ line: 1, key: "missingColumns", params: { columns: "gebied" } }]],
    ["adres;postcode;gebied\n", [{ line: 1, key: "noRows", params: {} }]],
    ['adres;postcode;gebied\nX 1;1011 AB;"Noord\n', [{ line: 2, key: "unreadable", params: {} }]],
    ["adres;postcode;gebied\n;1011 AB;Noord\n", [{ line: 2, key: "noAddress", params: {} }]],
    ["adres;postcode;gebied\nX 1;10110;Noord\n", [{ line: 2, key: "postcode", params: { postcode: "10110" } }]],
    ["adres;postcode;gebied\nX 1;1011 AB;West\n", [{ line: 2, key: "area", params: { area: "West" } }]],
    [
      "adres;postcode;gebied\nX 1;1030 AB;Noord\n",
      [{ line: 2, key: "outsideArea", params: { postcode: "1030 AB", area: "Noord" } }],
    ],
    [
      "adres;postcode;gebied\nDorpsstraat 1;1011 AB;Noord\nX 2;1011 AB;Noord\n dorpsstraat  1 ;1011ab;Noord\n",
      [{ line: 4, key: "duplicate", params: { other: 2 } }],
    ],
  ])("names the line of a problem: %j", (text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  it("refuses too many rows at the first row over the limit", () => {
    const rows = Array.from({ length: 4 }, (_, i) => `Straat ${i};1011 AB;Noord`).join("\n");
    expect(problemsOf(`adres;postcode;gebied\n${rows}\n`, 3)).toEqual([
      { line: 5, key: "tooMany", params: { max: 3 } },
    ]);
  });

  it("lists every problem of a row and of the file, up to 20, and counts the rest", () => {
    expect(problemsOf("adres;postcode;gebied\n;1;West\n")).toEqual([
      { line: 2, key: "noAddress", params: {} },
      { line: 2, key: "postcode", params: { postcode: "1" } },
      { line: 2, key: "area", params: { area: "West" } },
    ]);
    const bad = Array.from({ length: 30 }, (_, i) => `Straat ${i};x;Noord`).join("\n");
    const result = readAddressList(`adres;postcode;gebied\n${bad}\n`, AREAS);
    expect(!result.ok && [result.problems.length, result.total]).toEqual([20, 30]);
  });

  it("reads UTF-8, and a file Excel saved in Windows-1252", () => {
    expect(decodeAddressFile(Buffer.from("Dorpsstraat 1 Ééndracht", "utf8"))).toBe("Dorpsstraat 1 Ééndracht");
    expect(decodeAddressFile(Buffer.from([0x52, 0xe9, 0x20, 0x80]))).toBe("Ré €");
  });

  it("knows a Dutch postcode", () => {
    expect(normalizePostcode(" 1234ab ")).toBe("1234 AB");
    for (const bad of ["0123 AB", "1234", "1234 A", "12345 AB", "1234-AB"]) expect(normalizePostcode(bad)).toBeNull();
  });
});

describe("the CSV for the mail merge", () => {
  it("has address, postcode, area, the printed code and the website, formulas neutralised", () => {
    const rows = [{ line: 2, address: "=HYPERLINK(1)", postcode: "1011 AB", areaId: 1, areaName: "Noord" }];
    const csv = lettersCsv(rows, ["ABCDEFGHJKMN"], "https://teststad.example/account/verifieren");
    expect(csv.split("\r\n")).toEqual([
      "adres;postcode;gebied;code;website",
      "'=HYPERLINK(1);1011 AB;Noord;ABCD-EFGH-JKMN;https://teststad.example/account/verifieren",
      "",
    ]);
    expect(parseCsv(csv, "t.csv", ";")[1]!.fields[0]).toBe("=HYPERLINK(1)");
  });
});
