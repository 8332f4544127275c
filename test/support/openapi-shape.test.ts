import { describe, expect, it } from "vitest";
import { shapeProblems } from "./openapi-shape";

describe("the OpenAPI shape check used by the API tests", () => {
  const doc = {
    components: {
      schemas: {
        Base: { type: "object", required: ["id"], properties: { id: { type: "integer" } } },
        Thing: {
          allOf: [
            { $ref: "#/components/schemas/Base" },
            {
              type: "object",
              properties: {
                kind: { type: "string", enum: ["a", "b"] },
                note: { type: "string", nullable: true },
                list: { type: "array", items: { type: "number" } },
              },
            },
          ],
        },
      },
    },
  };
  const thing = { $ref: "#/components/schemas/Thing" };

  it("accepts a value that fits", () => {
    expect(shapeProblems(doc, thing, { id: 1, kind: "a", note: null, list: [1.5] })).toEqual([]);
  });

  it("names every misfit: missing, undocumented, wrong type, not nullable, outside the enum", () => {
    expect(shapeProblems(doc, thing, { kind: "c", extra: 1, list: ["x"], note: 3 })).toEqual([
      "$.id: missing",
      "$.kind: c not in enum",
      "$.extra: not in the document",
      "$.list[0]: not a number",
      "$.note: not a string",
    ]);
    expect(shapeProblems(doc, thing, { id: null })).toEqual(["$.id: null but not nullable"]);
  });
});
