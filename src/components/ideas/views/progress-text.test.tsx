import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { Language } from "../../../core/db/types";
import type { PageContext } from "../../../core/views/context";
import { liveProgressText, type ProgressData } from "../client/progress-line";
import { Progress } from "./idea-parts";

const decode = (html: string) =>
  html
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");

/** What the server renders: the progress text and the data the browser script reads from it. */
function serverProgress(lang: Language, count: number, threshold: number) {
  const html = renderToString(
    <Progress ctx={{ lang } as PageContext} count={count} threshold={threshold} id="main" live />,
  );
  const tag = /<p [^>]*data-progress-text[^>]*>([^<]*)<\/p>/.exec(html);
  if (!tag) throw new Error(`no progress text in ${html}`);
  const attr = (name: string) => {
    const m = new RegExp(`${name}="([^"]*)"`).exec(tag[0]);
    return m ? decode(m[1]!) : undefined;
  };
  const data: ProgressData = {
    lang: attr("data-lang"),
    threshold: attr("data-threshold"),
    templateBelow: attr("data-template-below"),
    templateReached: attr("data-template-reached"),
  };
  const bar = /<progress[^>]*max="(\d+)"[^>]*value="(\d+)"/.exec(html)!;
  return { text: decode(tag[1]!), data, max: Number(bar[1]), value: Number(bar[2]) };
}

describe("the progress text, on the server and after a live update", () => {
  it("reads as people count, and says when the threshold is reached", () => {
    expect(serverProgress("nl", 1, 4).text).toBe("1 van de 4 stemmen (25%)");
    expect(serverProgress("nl", 0, 25).text).toBe("0 van de 25 stemmen (0%)");
    expect(serverProgress("nl", 0, 1).text).toBe("0 van de 1 stem (0%)");
    expect(serverProgress("nl", 1_000, 2_000).text).toBe("1.000 van de 2.000 stemmen (50%)");
    expect(serverProgress("nl", 4, 4).text).toBe("4 stemmen: de drempel van 4 is gehaald");
    // Past the threshold the bar is full and the text says so, instead of "5 van de 4".
    const past = serverProgress("nl", 5, 4);
    expect(past.text).toBe("5 stemmen: de drempel van 4 is gehaald");
    expect([past.value, past.max]).toEqual([4, 4]);
    expect(serverProgress("en", 1, 1).text).toBe("1 vote: the threshold of 1 has been reached");
    expect(serverProgress("en", 3, 100).text).toBe("3 of 100 votes (3%)");
  });

  it("gives after a support or withdrawal without reload exactly the text a reload shows", () => {
    for (const lang of ["nl", "en"] as const) {
      for (const threshold of [1, 4, 25, 100, 2_000]) {
        for (const shown of [0, 1, threshold - 1, threshold, threshold + 1]) {
          const page = serverProgress(lang, Math.max(0, shown), threshold);
          for (const count of [shown - 1, shown, shown + 1, 999, 1_000, 2_001].filter((c) => c >= 0)) {
            expect(liveProgressText(page.data, count)).toBe(serverProgress(lang, count, threshold).text);
          }
        }
      }
    }
  });
});
