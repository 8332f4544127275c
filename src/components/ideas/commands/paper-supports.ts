// Supports from paper (docs/paper.md): staff enter the lines of a signed support list (name and
// postcode each), and correct them later. Every line is checked before anything is written:
// against the process's support rule as far as paper can meet it (core/participation/paper.ts)
// and against double counting (the same written person on paper, or an online supporter with the
// same name and postcode). One refused line refuses the whole entry, with its reason, so an entry
// is never half saved. The lines, their batch, the counters (paper supports count towards the
// threshold) and a possible forwarding are written in one transaction, with an audit-log row.
import type { CurrentUser } from "../../../core/auth/sessions";
import { audit } from "../../../core/audit/log";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { conflict, HttpError } from "../../../core/http/errors";
import { type PaperSource, resolveSource } from "../../../core/paper/batches";
import { personKey } from "../../../core/paper/person";
import { checkPaperLine } from "../../../core/participation/paper";
import { storedRuleOf } from "../../../core/participation/store";
import type { Services } from "../../../core/services";
import { holds } from "../domain/idea-condition";
import { collectsSupport } from "../domain/idea-rules";
import { IDEA_RULE_DEFAULTS } from "../participation";
import { ideaWhere } from "../store/idea-condition-sql";
import { forwardIfReached, loadTarget } from "./support-idea";

/** One written line: tidy name and whole postcode ("1234 AB"); `line` is its number on the form. */
export interface PaperLine {
  line: number;
  name: string;
  postcode: string;
}

export type LineRefusal = "outside-area" | "areas-unchecked" | "twice-in-entry" | "already-on-paper" | "already-online";

export type PaperEntryResult =
  | { ok: true; saved: number; forwarded: boolean; batchId: number }
  | { ok: false; refusals: { line: number; reason: LineRefusal }[] };

const compact = (postcode: string) => postcode.replace(/\s+/g, "").toUpperCase();

/** Why each line may not be counted (none: all may), read before the write transaction. */
async function refusalsOf(
  services: Services,
  site: Site,
  idea: Awaited<ReturnType<typeof loadTarget>>,
  lines: readonly PaperLine[],
): Promise<{ line: number; reason: LineRefusal }[]> {
  const db = services.db.kysely;
  const stored = storedRuleOf(
    { level: idea.rule_level, area_ids: idea.rule_area_ids, min_age: idea.rule_min_age },
    IDEA_RULE_DEFAULTS.support,
    idea.rule_tightened_at,
  );
  const areas = await db
    .selectFrom("areas")
    .select(["id", "name", "postcode_ranges"])
    .where("site_id", "=", site.id)
    .execute();
  const keys = lines.map((l) => personKey(l.name, l.postcode));
  const onPaper = new Set(
    (
      await db
        .selectFrom("idea_paper_supports")
        .select("person_key")
        .where("idea_id", "=", idea.id)
        .where("person_key", "in", keys)
        .execute()
    ).map((r) => r.person_key),
  );
  // Online supporters with the same postcode (verified, else the one they typed) and name.
  const online = await db
    .selectFrom("idea_supports")
    .innerJoin("users", "users.id", "idea_supports.user_id")
    .select(["users.display_name", "users.verified_postcode", "users.postcode"])
    .where("idea_supports.idea_id", "=", idea.id)
    .where((eb) =>
      eb(
        eb.fn("replace", [
          eb.fn("upper", [eb.fn.coalesce("users.verified_postcode", "users.postcode")]),
          eb.val(" "),
          eb.val(""),
        ]),
        "in",
        [...new Set(lines.map((l) => compact(l.postcode)))],
      ),
    )
    .execute();
  const onlineKeys = new Set(online.map((u) => personKey(u.display_name, u.verified_postcode ?? u.postcode ?? "")));

  const seen = new Set<string>();
  const refusals: { line: number; reason: LineRefusal }[] = [];
  lines.forEach((l, i) => {
    const key = keys[i]!;
    const check = checkPaperLine(stored.rule, l.postcode, areas);
    const reason: LineRefusal | null = !check.ok
      ? check.reason
      : seen.has(key)
        ? "twice-in-entry"
        : onPaper.has(key)
          ? "already-on-paper"
          : onlineKeys.has(key)
            ? "already-online"
            : null;
    seen.add(key);
    if (reason) refusals.push({ line: l.line, reason });
  });
  return refusals;
}

export async function enterPaperSupports(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  source: PaperSource,
  lines: readonly PaperLine[],
): Promise<PaperEntryResult> {
  const now = services.clock();
  const db = services.db.kysely;
  const idea = await loadTarget(db, site.id, ideaId);
  const collecting = collectsSupport(now, idea.count_after_threshold === 1);
  if (!holds(collecting, idea)) throw conflict("ideas.errors.notOpen");
  const refusals = await refusalsOf(services, site, idea, lines);
  if (refusals.length > 0) return { ok: false, refusals };

  const result = await db.transaction().execute(async (trx) => {
    const batchId = await resolveSource(trx, site.id, source, user.id, now);
    if (batchId === null) throw new HttpError(400, "paper.errors.batch");
    const rows = await trx
      .insertInto("idea_paper_supports")
      .values(
        lines.map((l) => ({
          idea_id: idea.id,
          batch_id: batchId,
          name: l.name,
          postcode: l.postcode,
          person_key: personKey(l.name, l.postcode),
          entered_by: user.id,
          created_at: iso(now),
        })),
      )
      // Another member of staff entering the same person meanwhile: that line is not counted twice.
      .onConflict((oc) => oc.columns(["idea_id", "person_key"]).doNothing())
      .returning("id")
      .execute();
    const saved = rows.length;
    if (saved === 0) return { ok: true as const, saved, forwarded: false, batchId };
    const counted = await trx
      .updateTable("ideas")
      .set((eb) => ({
        support_count: eb("support_count", "+", saved),
        paper_support_count: eb("paper_support_count", "+", saved),
        last_reaction_at: iso(now),
      }))
      .where("id", "=", idea.id)
      .where(ideaWhere(collecting))
      .returning(["support_count", "state"])
      .executeTakeFirst();
    if (!counted) throw conflict("ideas.errors.notOpen");
    const forwarded = await forwardIfReached(trx, idea, counted, now);
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: user.id,
        action: "ideas.paper.supports",
        subject: `idea:${idea.id}`,
        details: { batchId, lines: saved },
      },
      now,
    );
    return { ok: true as const, saved, forwarded, batchId };
  });
  if (result.forwarded) services.kickOutbox();
  return result;
}

async function loadLine(services: Services, siteId: number, ideaId: number, lineId: number) {
  const row = await services.db.kysely
    .selectFrom("idea_paper_supports")
    .innerJoin("ideas", "ideas.id", "idea_paper_supports.idea_id")
    .selectAll("idea_paper_supports")
    .where("ideas.site_id", "=", siteId)
    .where("ideas.id", "=", ideaId)
    .where("idea_paper_supports.id", "=", lineId)
    .executeTakeFirst();
  if (!row) throw new HttpError(404, "errors.notFound");
  return row;
}

/**
 * A correction: the line goes and both counters go down, whatever the idea's state (a mistake
 * is put right also after the deadline). A forwarding is never undone. Logged with the reason.
 */
export async function removePaperSupport(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  lineId: number,
  reason: string,
): Promise<void> {
  const now = services.clock();
  const line = await loadLine(services, site.id, ideaId, lineId);
  await services.db.kysely.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom("idea_paper_supports")
      .where("id", "=", line.id)
      .returning("id")
      .executeTakeFirst();
    if (!removed) throw new HttpError(404, "errors.notFound");
    await trx
      .updateTable("ideas")
      .set((eb) => ({
        support_count: eb("support_count", "-", 1),
        paper_support_count: eb("paper_support_count", "-", 1),
      }))
      .where("id", "=", ideaId)
      .execute();
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: user.id,
        action: "ideas.paper.removed",
        subject: `idea:${ideaId}`,
        details: { line: line.id, batchId: line.batch_id, reason },
      },
      now,
    );
  });
}

/**
 * A correction of a mistyped line: the new name and postcode are checked like a new line (the
 * rule, and the same person on paper or online, this line itself left out). Logged with the
 * reason; the counts do not change.
 */
export async function correctPaperSupport(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  lineId: number,
  input: { name: string; postcode: string; reason: string },
): Promise<{ ok: true } | { ok: false; reason: LineRefusal }> {
  const now = services.clock();
  const line = await loadLine(services, site.id, ideaId, lineId);
  const idea = await loadTarget(services.db.kysely, site.id, ideaId);
  const key = personKey(input.name, input.postcode);
  if (key !== line.person_key) {
    const refusals = await refusalsOf(services, site, idea, [{ line: 1, name: input.name, postcode: input.postcode }]);
    if (refusals.length > 0) return { ok: false, reason: refusals[0]!.reason };
  } else {
    const check = checkPaperLine(
      storedRuleOf(
        { level: idea.rule_level, area_ids: idea.rule_area_ids, min_age: idea.rule_min_age },
        IDEA_RULE_DEFAULTS.support,
        null,
      ).rule,
      input.postcode,
      await services.db.kysely
        .selectFrom("areas")
        .select(["id", "name", "postcode_ranges"])
        .where("site_id", "=", site.id)
        .execute(),
    );
    if (!check.ok) return { ok: false, reason: check.reason };
  }
  try {
    await services.db.kysely.transaction().execute(async (trx) => {
      await trx
        .updateTable("idea_paper_supports")
        .set({ name: input.name, postcode: input.postcode, person_key: key })
        .where("id", "=", line.id)
        .execute();
      await audit(
        trx,
        {
          siteId: site.id,
          actorUserId: user.id,
          action: "ideas.paper.corrected",
          subject: `idea:${ideaId}`,
          details: { line: line.id, batchId: line.batch_id, reason: input.reason },
        },
        now,
      );
    });
  } catch (error) {
    // The same person entered meanwhile: the unique key refuses the change.
    if (
      await services.db.kysely
        .selectFrom("idea_paper_supports")
        .select("id")
        .where("idea_id", "=", ideaId)
        .where("person_key", "=", key)
        .where("id", "!=", line.id)
        .executeTakeFirst()
    )
      return { ok: false, reason: "already-on-paper" };
    throw error;
  }
  return { ok: true };
}

/** For staff: the paper lines whose person also supported online (entered before they did). */
export async function alsoOnline(services: Services, ideaId: number): Promise<Set<number>> {
  const lines = await services.db.kysely
    .selectFrom("idea_paper_supports")
    .select(["id", "person_key"])
    .where("idea_id", "=", ideaId)
    .execute();
  if (lines.length === 0) return new Set();
  const online = await services.db.kysely
    .selectFrom("idea_supports")
    .innerJoin("users", "users.id", "idea_supports.user_id")
    .select(["users.display_name", "users.verified_postcode", "users.postcode"])
    .where("idea_supports.idea_id", "=", ideaId)
    .where((eb) => eb.or([eb("users.verified_postcode", "is not", null), eb("users.postcode", "is not", null)]))
    .execute();
  const keys = new Set(online.map((u) => personKey(u.display_name, u.verified_postcode ?? u.postcode ?? "")));
  return new Set(lines.filter((l) => keys.has(l.person_key)).map((l) => l.id));
}
