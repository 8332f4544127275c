// How long names and postcodes from support lists are kept (docs/paper.md, docs/personal-data.md):
// while they are needed to count each person once and to answer questions about the count, that
// is until a year after the idea stopped collecting support. Then the name goes, the postcode
// keeps its four digits (the area, for figures) and the line stays counted. Idempotent.
import { sql } from "kysely";
import { iso } from "../../../core/db/time";
import type { Services } from "../../../core/services";

export const PAPER_NAMES_KEPT_DAYS = 365;

export async function erasePaperNames(services: Services, now: Date): Promise<number> {
  const cutoff = iso(new Date(now.getTime() - PAPER_NAMES_KEPT_DAYS * 86_400_000));
  const result = await services.db.kysely
    .updateTable("idea_paper_supports")
    .set({
      name: "",
      postcode: sql<string>`substr(postcode, 1, 4)`,
      person_key: sql<string>`'erased:' || cast(id as text)`,
    })
    .where("name", "!=", "")
    .where("idea_id", "in", (eb) => eb.selectFrom("ideas").select("id").where("deadline_at", "<", cutoff))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
