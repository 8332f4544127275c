import { describe, expect, it } from "vitest";
import { moveQuestion, withoutQuestion } from "./arrange";
import { multiple, page, scale, shortText, single } from "./test-questions";

const pages = [page(1, single(1), multiple(2)), page(2, scale(3)), page(3)];
const ids = (p: ReturnType<typeof moveQuestion>) => p?.map((x) => x.questions.map((q) => q.id)) ?? null;

describe("moving questions in the builder", () => {
  it("moves within a page", () => {
    expect(ids(moveQuestion(pages, 2, "up"))).toEqual([[2, 1], [3], []]);
    expect(ids(moveQuestion(pages, 1, "down"))).toEqual([[2, 1], [3], []]);
  });
  it("moves across pages, also onto an empty page", () => {
    expect(ids(moveQuestion(pages, 3, "up"))).toEqual([[1, 2, 3], [], []]);
    expect(ids(moveQuestion(pages, 2, "down"))).toEqual([[1], [2, 3], []]);
    expect(ids(moveQuestion(pages, 3, "down"))).toEqual([[1, 2], [], [3]]);
  });
  it("cannot move past the ends or move a question that is not there", () => {
    expect(moveQuestion(pages, 1, "up")).toBeNull();
    expect(moveQuestion([page(1, single(1))], 1, "down")).toBeNull();
    expect(moveQuestion(pages, 99, "up")).toBeNull();
  });
  it("leaves the original pages alone", () => {
    moveQuestion(pages, 2, "up");
    expect(ids(pages)).toEqual([[1, 2], [3], []]);
    expect(ids(withoutQuestion(pages, 2))).toEqual([[1], [3], []]);
    expect(withoutQuestion([page(1, shortText(5))], 5)[0]!.questions).toEqual([]);
  });
});
