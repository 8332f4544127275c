import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choiceIndex, parseAnswer, parseNumber, postcodeDigits, type RawForm } from "./parse-answer";
import type { Question } from "./questions";
import { AREAS, area, grid, longText, multiple, number, ranking, scale, shortText, single } from "./test-questions";

const parse = (q: Question, form: RawForm) => parseAnswer(q, form, AREAS);
const value = (q: Question, form: RawForm) => {
  const r = parse(q, form);
  expect(r.errors).toEqual([]);
  return r.value;
};
const errorKeys = (q: Question, form: RawForm) => parse(q, form).errors.map((e) => [e.field, e.key.split(".").at(-1)]);

describe("single choice", () => {
  it("takes one choice by position", () => {
    expect(value(single(), { q1: "2" })).toBe(2);
    expect(value(single(), { q1: "0" })).toBe(0);
  });
  it("treats nothing chosen as no answer, not as an error", () => {
    expect(value(single(), {})).toBeUndefined();
    expect(value(single(), { q1: "" })).toBeUndefined();
  });
  it("refuses choices that do not exist and forged values", () => {
    for (const bad of ["3", "-1", "1.0", " 1", "01", "x", "99999", ["0", "1"], { a: 1 }, 5])
      expect(errorKeys(single(), { q1: bad })).toEqual([["q1", "notAChoice"]]);
  });
  it("accepts a one-item array as browsers never send but a form library might", () => {
    expect(value(single(), { q1: ["1"] })).toBe(1);
  });
});

describe("multiple choice", () => {
  it("takes several choices, sorted", () => {
    expect(value(multiple(), { q2: ["3", "0"] })).toEqual([0, 3]);
    expect(value(multiple(), { q2: "1" })).toEqual([1]);
  });
  it("refuses more than the maximum, naming it", () => {
    expect(parse(multiple(2, 2), { q2: ["0", "1", "2"] }).errors).toEqual([
      { field: "q2", key: "consultations.answer.tooMany", params: { max: 2 } },
    ]);
    expect(value(multiple(2, null), { q2: ["0", "1", "2", "3"] })).toEqual([0, 1, 2, 3]);
  });
  it("refuses unknown and repeated choices", () => {
    expect(errorKeys(multiple(), { q2: ["0", "4"] })).toEqual([["q2", "notAChoice"]]);
    expect(errorKeys(multiple(), { q2: ["1", "1"] })).toEqual([["q2", "notAChoice"]]);
    expect(errorKeys(multiple(), { q2: [1] })).toEqual([["q2", "notAChoice"]]);
  });
  it("treats no choices as no answer", () => {
    expect(value(multiple(), {})).toBeUndefined();
    expect(value(multiple(), { q2: [""] })).toBeUndefined();
  });
});

describe("scale", () => {
  it("takes a value between the ends", () => {
    expect(value(scale(), { q3: "1" })).toBe(1);
    expect(value(scale(), { q3: "5" })).toBe(5);
    expect(value(scale(3, { min: 0, max: 10 } as Partial<Question>), { q3: "0" })).toBe(0);
  });
  it("refuses values outside the scale or not whole", () => {
    for (const bad of ["0", "6", "2.5", "three", ["1", "2"]])
      expect(errorKeys(scale(), { q3: bad })).toEqual([["q3", "notAChoice"]]);
  });
});

describe("number", () => {
  it("reads Dutch and English decimals", () => {
    expect(parseNumber("2,5")).toBe(2.5);
    expect(parseNumber(" 2.5 ")).toBe(2.5);
    expect(parseNumber("-3")).toBe(-3);
    for (const bad of ["1.000,5", "1 000", "1e3", "", "--1", "1,", "0x10", "Infinity"])
      expect(parseNumber(bad)).toBeNull();
  });
  it("keeps within min and max, naming the limit", () => {
    expect(value(number(), { q4: "10" })).toBe(10);
    expect(parse(number(), { q4: "11" }).errors).toEqual([
      { field: "q4", key: "consultations.answer.tooHigh", params: { max: 10 } },
    ]);
    expect(parse(number(), { q4: "-1" }).errors).toEqual([
      { field: "q4", key: "consultations.answer.tooLow", params: { min: 0 } },
    ]);
    expect(value(number(4, null, null), { q4: "-1000000" })).toBe(-1000000);
  });
  it("refuses what is not a number", () => {
    expect(errorKeys(number(), { q4: "two" })).toEqual([["q4", "notANumber"]]);
    expect(errorKeys(number(), { q4: ["1", "2"] })).toEqual([["q4", "notANumber"]]);
    expect(value(number(), { q4: "  " })).toBeUndefined();
  });
  it("reads every whole number it is given back as that number (property)", () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => parseNumber(String(n)) === n));
  });
});

describe("short and long text", () => {
  it("trims and normalises line ends", () => {
    expect(value(shortText(), { q5: "  Dorpsstraat " })).toBe("Dorpsstraat");
    expect(value(longText(), { q6: "a\r\nb" })).toBe("a\nb");
    expect(value(shortText(), { q5: "   " })).toBeUndefined();
  });
  it("refuses text over the limit, counting characters not bytes", () => {
    expect(value(shortText(), { q5: "é".repeat(200) })).toBe("é".repeat(200));
    expect(parse(shortText(), { q5: "a".repeat(201) }).errors).toEqual([
      { field: "q5", key: "consultations.answer.tooLong", params: { max: 200 } },
    ]);
    expect(errorKeys(longText(), { q6: "a".repeat(5001) })).toEqual([["q6", "tooLong"]]);
  });
  it("refuses a repeated field rather than picking one", () => {
    expect(errorKeys(shortText(), { q5: ["a", "b"] })).toEqual([["q5", "notText"]]);
  });
});

describe("ranking", () => {
  it("turns positions per item into the order from first to last", () => {
    expect(value(ranking(), { "q7-0": "2", "q7-1": "3", "q7-2": "1" })).toEqual([2, 0, 1]);
  });
  it("treats no positions as no answer", () => {
    expect(value(ranking(), { "q7-0": "", "q7-1": "" })).toBeUndefined();
  });
  it("refuses a partial ranking, a shared place and places that do not exist", () => {
    expect(errorKeys(ranking(), { "q7-0": "1", "q7-1": "2" })).toEqual([["q7", "rankingIncomplete"]]);
    expect(errorKeys(ranking(), { "q7-0": "1", "q7-1": "1", "q7-2": "2" })).toEqual([["q7", "rankingDuplicate"]]);
    for (const bad of ["4", "0", "-1", "1.5", "x", ["1", "2"]])
      expect(errorKeys(ranking(), { "q7-0": bad, "q7-1": "2", "q7-2": "3" })).toEqual([["q7", "notAChoice"]]);
  });
  it("accepts every order of the items (property)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }), (order) => {
        const form = Object.fromEntries(order.map((item, place) => [`q7-${item}`, String(place + 1)]));
        expect(value(ranking(), form)).toEqual(order);
      }),
    );
  });
});

describe("grid", () => {
  it("answers row by row, with unanswered rows as null", () => {
    expect(value(grid(), { "q8-0": "1", "q8-1": "0" })).toEqual([1, 0]);
    expect(value(grid(), { "q8-1": "0" })).toEqual([null, 0]);
    expect(value(grid(), {})).toBeUndefined();
  });
  it("puts the error on the row that is wrong", () => {
    expect(errorKeys(grid(), { "q8-0": "0", "q8-1": "2" })).toEqual([["q8-1", "notAChoice"]]);
  });
});

describe("area or postcode", () => {
  it("takes one of the consultation's areas", () => {
    expect(value(area(), { q9: "12" })).toEqual({ area: 12 });
    expect(errorKeys(area(), { q9: "13" })).toEqual([["q9", "notAChoice"]]);
    expect(errorKeys(area(), { q9: "0" })).toEqual([["q9", "notAChoice"]]);
  });
  it("keeps only the four digits of a postcode", () => {
    expect(value(area(), { "q9-postcode": "1012 ab" })).toEqual({ postcode: "1012" });
    expect(value(area(), { "q9-postcode": "3511" })).toEqual({ postcode: "3511" });
    expect(errorKeys(area(), { "q9-postcode": "0123 AB" })).toEqual([["q9-postcode", "postcode"]]);
    expect(errorKeys(area(), { "q9-postcode": "1012 A" })).toEqual([["q9-postcode", "postcode"]]);
  });
  it("refuses an area and a postcode together, and ignores a postcode it did not ask for", () => {
    expect(errorKeys(area(), { q9: "11", "q9-postcode": "1012" })).toEqual([["q9", "areaOrPostcode"]]);
    expect(value(area(9, false), { "q9-postcode": "1012" })).toBeUndefined();
  });
  it("reads postcodes with and without letters the same way", () => {
    expect(postcodeDigits("9999ZZ")).toBe("9999");
    expect(postcodeDigits("1000")).toBe("1000");
    expect(postcodeDigits("10000")).toBeNull();
  });
});

it("reads choice positions strictly", () => {
  expect(choiceIndex("2", 3)).toBe(2);
  expect(choiceIndex("3", 3)).toBeNull();
  expect(choiceIndex("+1", 3)).toBeNull();
});
