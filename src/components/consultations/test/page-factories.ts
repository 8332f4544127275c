// Test helpers for the public consultation page: a published consultation with phases, and polls,
// made through the component's own store.
import type { TestApp } from "../../../../test/support/app";
import type { Phase } from "../domain/timeline";
import type { PollInput } from "../polls/poll-form";
import { createPoll } from "../polls/store";
import { saveConsultation } from "../store/consultations";

export async function publishedConsultation(
  t: TestApp,
  options: { title?: string; phases?: Phase[]; published?: boolean; areaIds?: number[]; body?: string } = {},
): Promise<number> {
  return saveConsultation(
    t.services.db.kysely,
    t.site.id,
    null,
    {
      title: options.title ?? "Herinrichting Marktplein",
      summary: "Hoe moet het plein worden?",
      body: options.body ?? "",
      contactUserId: t.users.official.id,
      areaIds: options.areaIds ?? [],
      phases: options.phases ?? [],
      published: options.published ?? true,
    },
    t.clock(),
  );
}

export async function newPoll(t: TestApp, consultationId: number, input: Partial<PollInput> = {}): Promise<number> {
  return createPoll(
    t.services.db.kysely,
    t.site.id,
    consultationId,
    {
      question: "Wat wilt u op het plein?",
      choices: ["Groen", "Spelen", "Bankjes"],
      results: "afterVote",
      onHome: false,
      published: true,
      ...input,
    },
    t.clock(),
  );
}

/** The ids of a poll's choices, in order. */
export async function choiceIds(t: TestApp, pollId: number): Promise<number[]> {
  const rows = await t.services.db.kysely
    .selectFrom("poll_choices")
    .select("id")
    .where("poll_id", "=", pollId)
    .orderBy("position")
    .execute();
  return rows.map((r) => r.id);
}

export async function votesIn(t: TestApp, pollId: number): Promise<number> {
  const row = await t.services.db.kysely
    .selectFrom("poll_votes")
    .select((e) => e.fn.countAll<number | string>().as("n"))
    .where("poll_id", "=", pollId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
