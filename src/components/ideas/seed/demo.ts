// The demo: a living district. About forty residents, ideas in every state (one answer overdue,
// one expired), supporters, comments, official updates and answers, all relative to "now".
import { hashPassword } from "../../../core/auth/passwords";
import { newToken } from "../../../core/auth/tokens";
import type { Executor } from "../../../core/db/database";
import type { Services } from "../../../core/services";
import { newShortCode } from "../commands/submit-idea";
import { addDaysIso, responseDue } from "../domain/deadlines";
import type { AnswerKind, IdeaState } from "../domain/states";
import { createProcess } from "../store/processes";
import { DEMO_IDEAS, FIRST_NAMES, LAST_NAMES } from "./demo-data";
import { seedDemoPhotos } from "./demo-photos";
import { DEMO_PLACE_IDEAS, locateDemoIdeas } from "./demo-places";

const DAY = 86_400_000;

export async function seedIdeasDemo(services: Services, siteId: number): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
  const site = await db.selectFrom("sites").selectAll().where("id", "=", siteId).executeTakeFirstOrThrow();
  const areas = await db
    .selectFrom("areas")
    .select(["id", "name"])
    .where("site_id", "=", siteId)
    .orderBy("id")
    .execute();
  const staff = await db
    .selectFrom("users")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .select(["users.id", "user_roles.role"])
    .where("users.site_id", "=", siteId)
    .execute();
  const official = staff.find((s) => s.role === "official")?.id ?? null;
  const council = staff.find((s) => s.role === "council")?.id ?? null;
  const bewoner = await db
    .selectFrom("users")
    .select("id")
    .where("site_id", "=", siteId)
    .where("email", "=", "bewoner@example.org")
    .executeTakeFirst();

  // One hash for all demo residents: hashing forty times would slow the first start for nothing.
  const hash = await hashPassword("demo-wachtwoord-2026");
  const residents: number[] = [];
  for (let i = 0; i < 40; i++) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    const row = await db
      .insertInto("users")
      .values({
        site_id: siteId,
        email: `bewoner${i + 1}@example.org`,
        email_verified_at: at(200),
        password_hash: hash,
        display_name: name,
        language: i % 5 === 0 ? "en" : "nl",
        postcode: `105${1 + (i % 7)} AB`,
        notify_mode: i % 3 === 0 ? "daily" : "immediate",
        unsubscribe_token: newToken(),
        created_at: at(200),
        deleted_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    residents.push(row.id);
  }

  await db.transaction().execute(async (trx) => {
    const process = await createProcess(
      trx,
      siteId,
      {
        title: "Ideeën voor West 2027",
        threshold: 25,
        supportDays: 90,
        responseDays: 42,
        countAfterThreshold: true,
        councilName: site.council_name || "Stadsdeelcommissie West",
        councilEmails: site.council_emails.split("\n").filter(Boolean),
      },
      now,
    );
    for (const [n, spec] of [...DEMO_IDEAS, ...DEMO_PLACE_IDEAS].entries()) {
      const author = n === 0 && bewoner ? bewoner.id : residents[(n * 3) % residents.length]!;
      const supporters = residents.filter((id) => id !== author).slice(n % 5, (n % 5) + spec.supports);
      await seedIdea(
        trx,
        {
          siteId,
          processId: process.id,
          areaId: areas[n % areas.length]!.id,
          authorId: author,
          supporters,
          official,
          council,
          councilName: process.council_name,
          threshold: process.threshold,
          publishedDaysAgo: spec.publishedDaysAgo,
          state: spec.state,
          title: spec.title,
          body: spec.body,
          category: spec.category,
          comments: spec.comments.map((text, i) => ({
            text,
            authorId: residents[(n + i * 5 + 1) % residents.length]!,
          })),
          forwardedDaysAgo: spec.forwardedDaysAgo,
          answer: spec.answer,
          update: spec.update,
          hiddenReason: spec.hiddenReason,
        },
        now,
        at,
      );
    }
    await locateDemoIdeas(trx, siteId);
  });
  // After the transaction: drawing and encoding the photos is slow work that needs no lock.
  await seedDemoPhotos(db, siteId, now);
}

interface SeedIdea {
  siteId: number;
  processId: number;
  areaId: number;
  authorId: number;
  supporters: number[];
  official: number | null;
  council: number | null;
  councilName: string;
  threshold: number;
  publishedDaysAgo: number;
  state: IdeaState;
  title: string;
  body: string;
  category: string | null;
  comments: { text: string; authorId: number }[];
  forwardedDaysAgo?: number;
  answer?: { kind: AnswerKind; text: string; daysAgo: number };
  update?: string;
  hiddenReason?: string;
}

async function seedIdea(trx: Executor, s: SeedIdea, now: Date, at: (daysAgo: number) => string): Promise<void> {
  const published = s.state === "draft" ? null : at(s.publishedDaysAgo);
  const deadline = published ? addDaysIso(published, 90) : null;
  const forwarded = s.forwardedDaysAgo !== undefined ? at(s.forwardedDaysAgo) : null;
  const due = forwarded ? responseDue(forwarded, 42) : null;
  const meeting = forwarded && s.state !== "forwarded" ? addDaysIso(forwarded, 20) : null;
  const state: IdeaState = s.hiddenReason ? "hidden" : s.state;
  const idea = await trx
    .insertInto("ideas")
    .values({
      site_id: s.siteId,
      process_id: s.processId,
      area_id: s.areaId,
      author_id: s.authorId,
      short_code: newShortCode(),
      category: s.category,
      title: s.title,
      body: s.body,
      state,
      state_before_hidden: s.hiddenReason ? s.state : null,
      hidden_reason: s.hiddenReason ?? null,
      threshold: s.threshold,
      response_days: 42,
      council_name: s.councilName,
      support_count: s.supporters.length,
      created_at: published ?? at(1),
      updated_at: now.toISOString(),
      published_at: published,
      deadline_at: deadline,
      forwarded_at: forwarded,
      due_at: due,
      meeting_at: meeting,
      answered_at: s.answer ? at(s.answer.daysAgo) : null,
      answer_kind: s.answer?.kind ?? null,
      answer_text: s.answer?.text ?? null,
      last_reaction_at: s.supporters.length || s.comments.length ? at(Math.max(0, s.publishedDaysAgo - 1)) : null,
      reminders_sent: 0,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // The events are collected and written in the order they happened, so the timeline (and anything
  // else that reads the rows in id order) tells the story by date.
  const events: {
    kind: "state" | "update" | "response" | "meeting";
    created_at: string;
    from_state: IdeaState | null;
    to_state: IdeaState | null;
    actor_role: string;
    actor_user_id: number | null;
    body: string;
  }[] = [];
  const event = (
    kind: "state" | "update" | "response" | "meeting",
    when: string,
    from: IdeaState | null,
    to: IdeaState | null,
    role: string,
    user: number | null,
    body = "",
  ) => {
    events.push({
      kind,
      created_at: when,
      from_state: from,
      to_state: to,
      actor_role: role,
      actor_user_id: user,
      body,
    });
  };
  if (published) event("state", published, "draft", "open", "author", s.authorId);
  for (const [i, user] of s.supporters.entries()) {
    await trx
      .insertInto("idea_supports")
      .values({
        idea_id: idea.id,
        user_id: user,
        created_at:
          published! < now.toISOString() ? addDaysIso(published!, Math.min(i * 0.3, s.publishedDaysAgo)) : published!,
      })
      .execute();
  }
  if (forwarded) event("state", forwarded, "open", "forwarded", "system", null);
  if (meeting) event("state", addDaysIso(forwarded!, 3), "forwarded", "scheduled", "council", s.council, meeting);
  if (s.update) event("update", at(Math.max(0, s.publishedDaysAgo - 5)), null, null, "official", s.official, s.update);
  if (s.answer) event("response", at(s.answer.daysAgo), "scheduled", "answered", "official", s.official, s.answer.text);
  if (s.state === "in_progress" || s.state === "completed")
    event("state", at(Math.max(0, (s.answer?.daysAgo ?? 1) - 2)), "answered", "in_progress", "official", s.official);
  if (s.state === "completed") event("state", at(1), "in_progress", "completed", "official", s.official);
  if (s.state === "expired") event("state", deadline!, "open", "expired", "system", null);
  if (s.state === "withdrawn")
    event("state", at(Math.max(0, s.publishedDaysAgo - 4)), "open", "withdrawn", "author", s.authorId);
  if (s.hiddenReason) event("state", at(1), s.state, "hidden", "moderator", null, s.hiddenReason);
  events.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
  for (const e of events)
    await trx
      .insertInto("idea_events")
      .values({ idea_id: idea.id, ...e })
      .execute();
  for (const [i, c] of s.comments.entries()) {
    await trx
      .insertInto("idea_comments")
      .values({
        idea_id: idea.id,
        parent_id: null,
        author_id: c.authorId,
        author_role: "resident",
        body: c.text,
        hidden_reason: null,
        created_at: at(Math.max(0, s.publishedDaysAgo - 1 - i)),
        edited_at: null,
      })
      .execute();
  }
}
