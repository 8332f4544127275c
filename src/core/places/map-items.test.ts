import { describe, expect, it } from "vitest";
import { applyFilter, groupByArea, type MapItem, openNear } from "./map-items";

const item = (o: Partial<MapItem>): MapItem => ({
  kind: "idea",
  kindLabel: "Idee",
  id: 1,
  title: "t",
  url: "/ideeen/1",
  state: "open",
  stateLabel: "Open",
  open: true,
  areaId: 1,
  areaName: "Noord",
  address: null,
  point: null,
  ...o,
});

describe("map list", () => {
  it("groups by area and orders by street and house number, items without address last", () => {
    const groups = groupByArea(
      [
        item({ id: 1, areaName: "Zuid", address: "Akkerweg 3" }),
        item({ id: 2, address: "Dorpsstraat 12, 1011AB Teststad" }),
        item({ id: 3, address: null, title: "Zonder adres" }),
        item({ id: 4, address: "Dorpsstraat 9, 1011AB Teststad" }),
        item({ id: 5, address: "Beukenlaan 1" }),
      ],
      "nl",
    );
    expect(groups.map((g) => [g.areaName, g.items.map((i) => i.id)])).toEqual([
      ["Noord", [5, 4, 2, 3]],
      ["Zuid", [1]],
    ]);
  });

  it("filters by kind, state and area", () => {
    const items = [
      item({ id: 1 }),
      item({ id: 2, kind: "project" }),
      item({ id: 3, state: "forwarded" }),
      item({ id: 4, areaId: 2 }),
    ];
    expect(applyFilter(items, { kind: "idea", state: "open", areaId: 1 }).map((i) => i.id)).toEqual([1]);
    expect(applyFilter(items, {}).length).toBe(4);
  });

  it("finds open located items near a point, nearest first", () => {
    const from = { lat: 52.37, lng: 4.9 };
    const items = [
      item({ id: 1, point: { lat: 52.375, lng: 4.9 } }),
      item({ id: 2, point: { lat: 52.371, lng: 4.9 } }),
      item({ id: 3, point: { lat: 52.371, lng: 4.9 }, open: false }),
      item({ id: 4, point: null }),
      item({ id: 5, point: { lat: 52.4, lng: 4.9 } }),
    ];
    expect(openNear(items, from, 1000).map((x) => x.item.id)).toEqual([2, 1]);
  });
});
