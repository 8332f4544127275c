import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeLocatieserver, startFakeLocatieserver } from "../../../test/support/locatieserver";
import { addressService, wktPoint } from "./address-service";

describe("address service (Locatieserver)", () => {
  let fake: FakeLocatieserver;
  beforeAll(async () => {
    fake = await startFakeLocatieserver();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.mode = "ok";
    fake.requests = [];
  });

  it("suggests, looks up and reverses with the documented requests", async () => {
    const s = addressService(fake.url, 2000);
    const suggestions = await s.suggest("dorpsstraat 1");
    expect(suggestions).toEqual({
      ok: true,
      value: [{ id: "adr-1", label: "Dorpsstraat 1, 1011AB Teststad", type: "adres" }],
    });
    expect(await s.lookup("adr-1")).toEqual({
      ok: true,
      value: { label: "Dorpsstraat 1, 1011AB Teststad", point: { lat: 52.372, lng: 4.9 } },
    });
    expect(await s.reverse({ lat: 52.3521, lng: 4.9001 })).toMatchObject({
      ok: true,
      value: { label: "Zuiderlaan 20, 1025CD Teststad" },
    });
    expect(await s.geocode("1011 AB")).toMatchObject({ ok: true, value: { point: { lat: 52.372, lng: 4.9 } } });
    expect(await s.lookup("nothing")).toEqual({ ok: true, value: null });
    expect(await s.geocode("Nergensweg")).toEqual({ ok: true, value: null });
    expect(fake.requests[0]).toMatch(/^\/bzk\/locatieserver\/search\/v3_1\/suggest\?q=dorpsstraat\+1&rows=6/);
  });

  it("answers 'off' without asking anyone when switched off", async () => {
    const s = addressService(null, 2000);
    expect(await s.suggest("Dorpsstraat")).toEqual({ ok: false, reason: "off" });
    expect(await s.geocode("Dorpsstraat")).toEqual({ ok: false, reason: "off" });
    expect(await s.reverse({ lat: 52, lng: 4 })).toEqual({ ok: false, reason: "off" });
    expect(fake.requests).toEqual([]);
  });

  it("answers 'unavailable' when the service does not answer in time", async () => {
    fake.mode = "slow";
    const s = addressService(fake.url, 150);
    expect(await s.suggest("Dorpsstraat")).toEqual({ ok: false, reason: "unavailable" });
    expect(await s.geocode("Dorpsstraat")).toEqual({ ok: false, reason: "unavailable" });
  });

  it("answers 'unavailable' on a server error or an unreachable service", async () => {
    fake.mode = "broken";
    expect(await addressService(fake.url, 2000).lookup("adr-1")).toEqual({ ok: false, reason: "unavailable" });
    expect(await addressService("http://127.0.0.1:9", 2000).suggest("x")).toEqual({ ok: false, reason: "unavailable" });
  });

  it("reads WKT points, longitude first", () => {
    expect(wktPoint("POINT(4.89516 52.37022)")).toEqual({ lat: 52.37022, lng: 4.89516 });
    expect(wktPoint("POINT(x y)")).toBeNull();
    expect(wktPoint(5)).toBeNull();
  });
});
