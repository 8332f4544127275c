import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasMessage, translator } from "../i18n/catalog";
import { describeAuditEntry } from "./describe";

const nl = translator("nl");
const en = translator("en");

/** Every action name written by an audit(...) call in the source; templates expanded by hand. */
function auditActionsInSource(): string[] {
  const root = path.resolve(import.meta.dirname, "../..");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !full.includes(`${path.sep}test${path.sep}`))
        files.push(full);
    }
  };
  walk(root);
  const templates: Record<string, string[]> = {
    "ideas.${action}": ["ideas.start", "ideas.complete"],
    "ideas.report.${decision}": ["ideas.report.hide", "ideas.report.dismiss"],
    "opinions.statement.${input.decision.kind}": ["opinions.statement.accept", "opinions.statement.reject"],
  };
  const found = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const call of text.matchAll(/\baudit\(\s*\w+,\s*\{[\s\S]{0,400}?action: (?:"([^"]+)"|`([^`]+)`)/g)) {
      if (call[1]) found.add(call[1]);
      else {
        const expanded = templates[call[2]!];
        expect(expanded, `expand the audit action template ${call[2]} in ${file}`).toBeDefined();
        for (const a of expanded!) found.add(a);
      }
    }
  }
  return [...found].sort();
}

describe("audit entries in words", () => {
  it("has a sentence in Dutch and English for every action the code writes", () => {
    const actions = auditActionsInSource();
    expect(actions.length).toBeGreaterThan(20);
    const missing = actions.flatMap((a) =>
      ["nl", "en"].filter((lang) => !hasMessage(lang as "nl", `audit.sentences.${a}`)).map((lang) => `${lang}:${a}`),
    );
    expect(missing).toEqual([]);
  });

  it("names roles, phases and answer kinds instead of codes", () => {
    expect(
      describeAuditEntry("nl", nl, {
        action: "user.roles.changed",
        details: { granted: ["moderator", "official"], revoked: [] },
      }),
    ).toEqual({ sentence: "Rollen veranderd. Erbij: Moderator, Ambtenaar. Eraf: geen.", rest: [] });
    expect(
      describeAuditEntry("en", en, { action: "budgeting.phase.changed", details: { from: "vote", to: "results" } })
        .sentence,
    ).toBe("Phase of the participatory budget changed from Voting to Results.");
    expect(describeAuditEntry("nl", nl, { action: "ideas.answer", details: { kind: "partly_adopted" } }).sentence).toBe(
      "Antwoord van de gemeente gegeven: Deels overgenomen.",
    );
  });

  it("writes dates as dates", () => {
    const { sentence } = describeAuditEntry("nl", nl, {
      action: "ideas.schedule",
      details: { meetingAt: "2026-12-14T18:30:00.000Z" },
    });
    expect(sentence).toMatch(/^Idee op de agenda gezet voor 14 december 2026/);
    expect(sentence).not.toContain("T18");
  });

  it("lists details the sentence leaves out as name and value, never as JSON", () => {
    const d = describeAuditEntry("nl", nl, {
      action: "ideas.settings",
      details: { threshold: 100, open: true, note: "" },
    });
    expect(d.sentence).toBe("Instellingen voor ideeën veranderd.");
    expect(d.rest).toEqual([
      { name: "threshold", value: "100" },
      { name: "open", value: "ja" },
      { name: "note", value: "geen" },
    ]);
  });

  it("counts with the sentence's plural forms, and does not list a counted detail again", () => {
    const made = (lang: "nl" | "en", count: number) =>
      describeAuditEntry(lang, lang === "nl" ? nl : en, { action: "budgeting.codes.generated", details: { count } });
    expect(made("nl", 1)).toEqual({ sentence: "1 stemcode gemaakt.", rest: [] });
    expect(made("nl", 1200).sentence).toBe("1.200 stemcodes gemaakt.");
    expect(made("en", 5).sentence).toBe("5 voting codes made.");
  });

  it("still reads sensibly for an action without a sentence", () => {
    expect(describeAuditEntry("en", en, { action: "x.y", details: {} }).sentence).toBe("Action x.y");
  });
});
