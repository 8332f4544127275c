// What the consultations component holds about one person (rules and reasons:
// docs/personal-data.md). Survey responses of a survey that still takes answers are removed: the
// person may answer again and must count once. After closing they stay counted in the results
// but no longer point to anyone. A consultation naming the person as contact loses that name.
// Poll votes follow the same rule (open poll: removed; closed: kept without the account); follows
// and the record of mailed updates are removed; an update the person posted loses its author.
import type { Executor } from "../../../core/db/database";
import type { Person, PersonalData } from "../../../core/personal-data/types";
import { surveyOpen } from "../domain/timeline";
import "./page-tables";
import "./tables";

async function responsesOf(db: Executor, person: Person) {
  return db
    .selectFrom("survey_responses")
    .innerJoin("surveys", "surveys.id", "survey_responses.survey_id")
    .select([
      "survey_responses.id",
      "surveys.id as survey_id",
      "surveys.title",
      "surveys.closes_on",
      "surveys.published",
    ])
    .select(["survey_responses.created_at", "survey_responses.updated_at", "survey_responses.submitted_at"])
    .select(["survey_responses.verified", "survey_responses.area_id"])
    .where("survey_responses.user_id", "=", person.id)
    .where("surveys.site_id", "=", person.siteId)
    .orderBy("survey_responses.id")
    .execute();
}

async function exportConsultationsData(db: Executor, person: Person) {
  const responses = await responsesOf(db, person);
  const answers = responses.length
    ? await db
        .selectFrom("survey_answers")
        .select(["response_id", "question_id", "value"])
        .where(
          "response_id",
          "in",
          responses.map((r) => r.id),
        )
        .orderBy("question_id")
        .execute()
    : [];
  const contactFor = await db
    .selectFrom("consultations")
    .select(["id", "title"])
    .where("contact_user_id", "=", person.id)
    .where("site_id", "=", person.siteId)
    .orderBy("id")
    .execute();
  const hidden = await db
    .selectFrom("survey_answer_moderation as m")
    .innerJoin("survey_responses", "survey_responses.id", "m.response_id")
    .innerJoin("surveys", "surveys.id", "survey_responses.survey_id")
    .select(["surveys.id as surveyId", "m.question_id as questionId", "m.hidden_at as hiddenAt", "m.reason"])
    .where("m.hidden_by", "=", person.id)
    .where("surveys.site_id", "=", person.siteId)
    .orderBy("m.hidden_at")
    .execute();
  const votes = await db
    .selectFrom("poll_votes")
    .innerJoin("polls", "polls.id", "poll_votes.poll_id")
    .innerJoin("poll_choices", "poll_choices.id", "poll_votes.choice_id")
    .select([
      "polls.id as pollId",
      "polls.question",
      "poll_choices.label as choice",
      "poll_votes.created_at as votedAt",
    ])
    .where("poll_votes.user_id", "=", person.id)
    .where("polls.site_id", "=", person.siteId)
    .orderBy("poll_votes.id")
    .execute();
  const follows = await db
    .selectFrom("consultation_follows")
    .innerJoin("consultations", "consultations.id", "consultation_follows.consultation_id")
    .select(["consultations.id", "consultations.title", "consultation_follows.created_at as since"])
    .where("consultation_follows.user_id", "=", person.id)
    .where("consultations.site_id", "=", person.siteId)
    .orderBy("consultations.id")
    .execute();
  const updates = await db
    .selectFrom("consultation_updates")
    .innerJoin("consultations", "consultations.id", "consultation_updates.consultation_id")
    .select(["consultation_updates.id", "consultation_updates.title", "consultation_updates.created_at"])
    .where("consultation_updates.author_user_id", "=", person.id)
    .where("consultations.site_id", "=", person.siteId)
    .orderBy("consultation_updates.id")
    .execute();
  return {
    answersHiddenByYou: hidden,
    pollVotes: votes,
    followedConsultations: follows,
    consultationUpdatesPosted: updates,
    surveyResponses: responses.map((r) => ({
      surveyId: r.survey_id,
      survey: r.title,
      startedAt: r.created_at,
      changedAt: r.updated_at,
      sentAt: r.submitted_at,
      verifiedResident: r.verified === 1,
      areaId: r.area_id,
      answers: answers
        .filter((a) => a.response_id === r.id)
        .map((a) => ({ questionId: a.question_id, answer: JSON.parse(a.value) as unknown })),
    })),
    contactForConsultations: contactFor,
  };
}

async function eraseConsultationsData(trx: Executor, person: Person, now: Date): Promise<void> {
  const responses = await responsesOf(trx, person);
  const open = responses.filter((r) => surveyOpen({ published: r.published === 1, closesOn: r.closes_on }, now));
  const closed = responses.filter((r) => !open.includes(r));
  if (open.length)
    await trx
      .deleteFrom("survey_responses")
      .where(
        "id",
        "in",
        open.map((r) => r.id),
      )
      .execute();
  if (closed.length)
    await trx
      .updateTable("survey_responses")
      .set({ user_id: null })
      .where(
        "id",
        "in",
        closed.map((r) => r.id),
      )
      .execute();
  // Staff who hid an open answer: the hide stays (the audit log keeps who did it), without the name.
  await trx
    .updateTable("survey_answer_moderation")
    .set({ hidden_by: null })
    .where("hidden_by", "=", person.id)
    .execute();
  const votes = await trx
    .selectFrom("poll_votes")
    .innerJoin("polls", "polls.id", "poll_votes.poll_id")
    .select(["poll_votes.id", "polls.closed_at"])
    .where("poll_votes.user_id", "=", person.id)
    .where("polls.site_id", "=", person.siteId)
    .execute();
  const openVotes = votes.filter((v) => v.closed_at === null).map((v) => v.id);
  const closedVotes = votes.filter((v) => v.closed_at !== null).map((v) => v.id);
  if (openVotes.length) await trx.deleteFrom("poll_votes").where("id", "in", openVotes).execute();
  if (closedVotes.length)
    await trx.updateTable("poll_votes").set({ user_id: null }).where("id", "in", closedVotes).execute();
  await trx.deleteFrom("consultation_follows").where("user_id", "=", person.id).execute();
  await trx.deleteFrom("consultation_update_mails").where("user_id", "=", person.id).execute();
  await trx
    .updateTable("consultation_updates")
    .set({ author_user_id: null })
    .where("author_user_id", "=", person.id)
    .execute();
  await trx
    .updateTable("consultations")
    .set({ contact_user_id: null })
    .where("contact_user_id", "=", person.id)
    .where("site_id", "=", person.siteId)
    .execute();
}

export const consultationsPersonalData: PersonalData = {
  tables: {
    consultations: "anonymised",
    consultation_areas: "not personal",
    consultation_phases: "not personal",
    surveys: "not personal",
    survey_pages: "not personal",
    survey_questions: "not personal",
    survey_responses: "partly removed",
    survey_answers: "partly removed",
    consultation_reports: "not personal",
    consultation_report_points: "not personal",
    survey_answer_moderation: "partly removed",
    survey_themes: "not personal",
    survey_answer_codes: "not personal",
    survey_answer_themes: "partly removed",
    consultation_links: "not personal",
    consultation_documents: "not personal",
    consultation_updates: "anonymised",
    consultation_follows: "removed",
    consultation_update_mails: "removed",
    polls: "not personal",
    poll_choices: "not personal",
    poll_votes: "partly removed",
  },
  export: (db, person) => exportConsultationsData(db, person),
  erase: eraseConsultationsData,
};
