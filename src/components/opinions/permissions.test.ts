import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../../core/auth/sessions";
import type { Role } from "../../core/db/types";
import {
  conversationPhase,
  mayManageConversations,
  mayModerate,
  participationRefusal,
  statementRefusal,
  statusOfSubmission,
  voteRefusal,
} from "./permissions";
import type { Conversation } from "./store/tables";

const user = (...roles: Role[]): CurrentUser => ({
  id: 1,
  siteId: 1,
  displayName: "X",
  email: "x@example.org",
  emailVerified: true,
  language: "nl",
  roles: new Set<Role>(["resident", ...roles]),
  participant: { level: "email", verifiedPostcode: null, verifiedBirthdate: null },
});
const conversation = (o: Partial<Conversation> = {}): Conversation => ({
  id: 1,
  site_id: 1,
  topic: "T",
  introduction: "",
  statement_mode: "moderated",
  participation: "anonymous",
  opens_at: "2026-11-01T00:00:00.000Z",
  closes_at: "2026-12-01T00:00:00.000Z",
  imported: 0,
  changes_version: 0,
  analysed_version: 0,
  analysis_claim: null,
  analysis_claimed_until: null,
  created_at: "2026-11-01T00:00:00.000Z",
  ...o,
});

describe("opinions permissions", () => {
  it("puts a conversation in exactly one phase, with the closing moment itself closed", () => {
    const c = conversation();
    expect(conversationPhase(c, new Date("2026-10-31T23:59:59.999Z"))).toBe("upcoming");
    expect(conversationPhase(c, new Date("2026-11-01T00:00:00.000Z"))).toBe("open");
    expect(conversationPhase(c, new Date("2026-11-30T23:59:59.999Z"))).toBe("open");
    expect(conversationPhase(c, new Date("2026-12-01T00:00:00.000Z"))).toBe("closed");
    expect(conversationPhase(conversation({ closes_at: null }), new Date("2099-01-01T00:00:00Z"))).toBe("open");
    expect(conversationPhase(conversation({ imported: 1, closes_at: null }), new Date("2026-11-15T00:00:00Z"))).toBe(
      "closed",
    );
  });

  it("phase only ever moves forward in time (property)", () => {
    const order = { upcoming: 0, open: 1, closed: 2 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (open, length, t1, t2) => {
          const base = Date.parse("2026-01-01T00:00:00Z");
          const c = conversation({
            opens_at: new Date(base + open * 60_000).toISOString(),
            closes_at: new Date(base + (open + length) * 60_000).toISOString(),
          });
          const [a, b] = [Math.min(t1, t2), Math.max(t1, t2)];
          return (
            order[conversationPhase(c, new Date(base + a * 60_000))] <=
            order[conversationPhase(c, new Date(base + b * 60_000))]
          );
        },
      ),
    );
  });

  it("refuses participation when closed, not yet open, or without the account the conversation asks for", () => {
    const now = new Date("2026-11-15T00:00:00Z");
    expect(participationRefusal(conversation(), null, now)).toBeNull();
    expect(participationRefusal(conversation({ participation: "account" }), null, now)?.status).toBe(401);
    expect(participationRefusal(conversation({ participation: "account" }), user(), now)).toBeNull();
    expect(participationRefusal(conversation(), user(), new Date("2026-12-02T00:00:00Z"))?.key).toBe(
      "opinions.errors.closed",
    );
    expect(participationRefusal(conversation(), user(), new Date("2026-10-02T00:00:00Z"))?.key).toBe(
      "opinions.errors.notOpenYet",
    );
    expect(statementRefusal(conversation({ statement_mode: "none" }), user(), now)?.key).toBe(
      "opinions.errors.noStatements",
    );
    expect(statementRefusal(conversation({ statement_mode: "direct" }), null, now)).toBeNull();
  });

  it("allows votes on accepted statements only, and holds moderated submissions", () => {
    expect(voteRefusal({ status: "accepted" })).toBeNull();
    expect(voteRefusal({ status: "rejected" })?.status).toBe(409);
    expect(voteRefusal({ status: "pending" })?.status).toBe(409);
    expect(statusOfSubmission(conversation({ statement_mode: "moderated" }))).toBe("pending");
    expect(statusOfSubmission(conversation({ statement_mode: "direct" }))).toBe("accepted");
  });

  it("gives management to admins and officials, moderation to admins and moderators", () => {
    expect(
      [null, user(), user("moderator"), user("council"), user("official"), user("admin")].map(mayManageConversations),
    ).toEqual([false, false, false, false, true, true]);
    expect(
      [null, user(), user("official"), user("council"), user("moderator"), user("admin")].map(mayModerate),
    ).toEqual([false, false, false, false, true, true]);
  });
});
