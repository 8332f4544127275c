import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { faviconIco, iconPixel } from "./favicon";

describe("favicon", () => {
  it("is a valid ICO file with one 32×32 image", () => {
    const ico = faviconIco();
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(ico[6]).toBe(32);
    expect(ico.readUInt32LE(14) + ico.readUInt32LE(18)).toBe(ico.length);
    expect(ico.readInt32LE(30)).toBe(64);
  });

  it("draws a disc: corners clear, edge blue, centre of the stem white", () => {
    expect(iconPixel(0, 0)[3]).toBe(0);
    expect(iconPixel(2, 16)).toEqual([0x1f, 0x4e, 0x8c, 0xff]);
    expect(iconPixel(15, 20)).toEqual([0xff, 0xff, 0xff, 0xff]);
  });
});

describe.each(testDatabases)("GET /favicon.ico on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers with the icon and cache headers, not a 404", async () => {
    const res = await t.agent().get("/favicon.ico");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("image/x-icon");
    expect(res.headers["cache-control"]).toContain("max-age=604800");
    expect(res.rawPayload.equals(faviconIco())).toBe(true);
  });
});
