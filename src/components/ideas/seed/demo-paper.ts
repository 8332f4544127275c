// The demo's paper supports (docs/paper.md): five lines of a signed support list for the garden
// idea, handed in at the demo's past meeting (a batch naming it), entered by the demo official
// through the same command staff use, so the rule and double-counting checks and the counters
// hold. Without the meetings component the batch is a pile of forms from the library.
import type { CurrentUser } from "../../../core/auth/sessions";
import { paperMeetings } from "../../../core/paper/batches";
import { participantOf } from "../../../core/participation/participant";
import type { Services } from "../../../core/services";
import { enterPaperSupports } from "../commands/paper-supports";

export const DEMO_PAPER_IDEA = "Geveltuintjes in de Jan Evertsenstraat";

const LINES = [
  ["Henk Visser", "1055 KL"],
  ["Samira Bouzid", "1055 MN"],
  ["Ria de Groot", "1056 AB"],
  ["Mehmet Kaya", "1056 CD"],
  ["Truus Hendriks", "1055 PR"],
] as const;

export async function seedPaperDemo(services: Services, siteId: number): Promise<void> {
  const db = services.db.kysely;
  const site = await db.selectFrom("sites").selectAll().where("id", "=", siteId).executeTakeFirstOrThrow();
  const idea = await db
    .selectFrom("ideas")
    .select("id")
    .where("site_id", "=", siteId)
    .where("title", "=", DEMO_PAPER_IDEA)
    .executeTakeFirst();
  const official = await db
    .selectFrom("users")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .selectAll("users")
    .where("users.site_id", "=", siteId)
    .where("user_roles.role", "=", "official")
    .executeTakeFirst();
  if (!idea || !official) return;
  const staff: CurrentUser = {
    id: official.id,
    siteId,
    displayName: official.display_name,
    email: official.email ?? "",
    emailVerified: true,
    language: official.language,
    roles: new Set(["resident", "official"]),
    participant: participantOf(official),
  };
  // The oldest meeting is the past evening (the list is newest first).
  const meeting = (await paperMeetings(services, siteId)).at(-1);
  const source = meeting
    ? { newBatch: { kind: "meeting" as const, meetingId: meeting.id, label: meeting.label } }
    : { newBatch: { kind: "form" as const, label: "Formulieren bibliotheek West" } };
  await enterPaperSupports(
    services,
    site,
    staff,
    idea.id,
    source,
    LINES.map(([name, postcode], i) => ({ line: i + 1, name, postcode })),
  );
}
