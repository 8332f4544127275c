import { describe, expect, it } from "vitest";
import { normalizeHostName } from "./host-names";

describe("host names", () => {
  it("accepts plain names, lower-cased, without a trailing dot", () => {
    expect(normalizeHostName("Inspraak.Gemeente.NL")).toBe("inspraak.gemeente.nl");
    expect(normalizeHostName(" west.example. ")).toBe("west.example");
    expect(normalizeHostName("localhost")).toBe("localhost");
    expect(normalizeHostName("127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeHostName("a-b.xn--bcher-kva.example")).toBe("a-b.xn--bcher-kva.example");
  });

  it("turns a Unicode name into punycode", () => {
    expect(normalizeHostName("bücher.example")).toBe("xn--bcher-kva.example");
  });

  it("refuses anything that is not a host name", () => {
    for (const bad of [
      "",
      " ",
      "https://west.example",
      "west.example:8080",
      "west.example/pad",
      "user@west.example",
      "-west.example",
      "west-.example",
      "we st.example",
      "west..example",
      "999.1.1.1",
      "1.2.3",
      `${"a".repeat(64)}.example`,
      `${"abc.".repeat(70)}example`,
      "west_example.nl",
      "*.example",
    ]) {
      expect(normalizeHostName(bad), bad).toBeNull();
    }
  });
});
