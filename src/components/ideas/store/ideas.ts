// Reading ideas: one idea (always within its site), and the filtered, sorted, searched list.
import { type ExpressionBuilder, sql } from "kysely";
import type { Db, Executor } from "../../../core/db/database";
import type { Database } from "../../../core/db/types";
import { ALMOST_ENOUGH_MIN_SUPPORTS, ALMOST_ENOUGH_SHOWN } from "../domain/almost-enough";
import { inEffectiveState, openBeforeDeadline } from "../domain/idea-rules";
import type { IdeaState } from "../domain/states";
import { ideaWhere } from "./idea-condition-sql";
import { matchesSearch } from "./search";
import type { IdeaRow } from "./tables";

export interface IdeaView extends IdeaRow {
  area_name: string;
  author_name: string;
}

function withNames(db: Executor) {
  return (
    db
      .selectFrom("ideas")
      .innerJoin("areas", "areas.id", "ideas.area_id")
      .innerJoin("users", "users.id", "ideas.author_id")
      // selectAll("ideas") compiles to one `ideas.*` node: listing 30 columns costs Kysely
      // more time to build than the database needs to run the query.
      .selectAll("ideas")
      .select((eb) => [
        "areas.name as area_name",
        // A proposer on paper without an account: the name written on the form.
        eb.fn.coalesce("ideas.paper_author_name", "users.display_name").as("author_name"),
      ])
  );
}

export async function findIdea(db: Executor, siteId: number, id: number): Promise<IdeaView | undefined> {
  return withNames(db).where("ideas.site_id", "=", siteId).where("ideas.id", "=", id).executeTakeFirst();
}

export async function findIdeaByCode(db: Executor, siteId: number, code: string): Promise<{ id: number } | undefined> {
  return db
    .selectFrom("ideas")
    .select("id")
    .where("site_id", "=", siteId)
    .where("short_code", "=", code)
    .executeTakeFirst();
}

export const SORTS = ["newest", "supported", "closest", "ending"] as const;
export type Sort = (typeof SORTS)[number];

export interface IdeaFilter {
  areaId?: number;
  state?: IdeaState;
  category?: string;
  q?: string;
  /** Only ideas with at least this many supports. */
  minSupports?: number;
  /** Include hidden ideas (for moderators: permissions.listsHiddenIdeas). */
  withHidden?: boolean;
  /** Only ideas with a location: a point, or typed text without one (the map, GeoJSON). */
  located?: boolean;
  sort?: Sort;
  page?: number;
  pageSize?: number;
}

/** The home page's "almost enough support" (domain/almost-enough.ts): open, supported, closest first. */
export const almostEnoughFilter: IdeaFilter = {
  state: "open",
  minSupports: ALMOST_ENOUGH_MIN_SUPPORTS,
  sort: "closest",
  pageSize: ALMOST_ENOUGH_SHOWN,
};

export async function listIdeas(
  db: Db,
  siteId: number,
  filter: IdeaFilter,
  now: Date,
): Promise<{ ideas: IdeaView[]; total: number }> {
  // Ideas still collecting come first when sorting by what is close or ending.
  const open = ideaWhere(openBeforeDeadline(now));
  const openFirst = (eb: ExpressionBuilder<Database, "ideas">) => eb.case().when(open(eb)).then(0).else(1).end();
  let query = db.kysely.selectFrom("ideas").where("ideas.site_id", "=", siteId).where("ideas.state", "!=", "draft");
  // Filtered by the state the page shows (deadline applied), not the stored one.
  if (filter.state) query = query.where(ideaWhere(inEffectiveState(filter.state, now)));
  else query = query.where("ideas.state", "not in", ["hidden", "withdrawn"]);
  if (!filter.withHidden) query = query.where("ideas.state", "!=", "hidden");
  if (filter.areaId) query = query.where("ideas.area_id", "=", filter.areaId);
  if (filter.category) query = query.where("ideas.category", "=", filter.category);
  if (filter.located)
    query = query.where((eb) =>
      eb.or([eb("ideas.location_lat_e6", "is not", null), eb("ideas.location_address", "is not", null)]),
    );
  if (filter.minSupports) query = query.where("ideas.support_count", ">=", filter.minSupports);
  if (filter.q) {
    const match = matchesSearch(db.dialect, filter.q);
    if (match) query = query.where(match);
  }
  switch (filter.sort ?? "newest") {
    case "supported":
      query = query.orderBy("ideas.support_count", "desc");
      break;
    case "closest":
      query = query.orderBy(openFirst).orderBy(sql`ideas.threshold - ideas.support_count`);
      break;
    case "ending":
      query = query.orderBy(openFirst).orderBy("ideas.deadline_at", "asc");
      break;
    default:
      break;
  }
  const pageSize = filter.pageSize ?? 20;
  // First the page's ids with the total (a window count), then those ideas with their names:
  // sorting and counting whole rows cost twice as much as sorting ids and fetching 20 rows.
  const page = await query
    .select(["ideas.id", sql<number>`count(*) over ()`.as("total_count")])
    .orderBy("ideas.published_at", "desc")
    .orderBy("ideas.id", "desc")
    .limit(pageSize)
    .offset(((filter.page ?? 1) - 1) * pageSize)
    .execute();
  let total = page.length ? Number(page[0]!.total_count) : 0;
  if (page.length === 0 && (filter.page ?? 1) > 1) {
    total = Number((await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  }
  if (page.length === 0) return { ideas: [], total };
  const rows = await withNames(db.kysely)
    .where(
      "ideas.id",
      "in",
      page.map((p) => p.id),
    )
    .execute();
  const byId = new Map(rows.map((idea) => [idea.id, idea]));
  const ideas = page.flatMap((p) => byId.get(p.id) ?? []);
  return { ideas, total };
}

/** Every idea of a site (for exports), newest first. */
export async function allPublicIdeas(db: Executor, siteId: number, areaId?: number): Promise<IdeaView[]> {
  let q = withNames(db).where("ideas.site_id", "=", siteId).where("ideas.state", "not in", ["draft"]);
  if (areaId) q = q.where("ideas.area_id", "=", areaId);
  return q.orderBy("ideas.published_at", "desc").orderBy("ideas.id", "desc").execute();
}
