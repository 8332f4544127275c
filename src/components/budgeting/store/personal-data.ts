// What the budgeting component holds about one person, for "download my data" and account
// deletion (rules and reasons: docs/personal-data.md). A ballot is secret: while the vote is open
// it is removed (the person may register again and vote once more, so one person counts once);
// after the vote it stays counted, so results never change, but nothing links it to anyone.
import type { Executor } from "../../../core/db/database";
import type { Person, PersonalData } from "../../../core/personal-data/types";
import { votingOpen } from "../domain/process-rules";
import { eraseUploadedPhotos, exportUploadedPhotos, photoTableRules } from "../../../core/photos/personal-data";
import { PROJECT_PHOTO_TABLES } from "../photos/tables";
import { projectUrl } from "../project-url";
import { locationJson } from "../../../core/places/location-json";
import "./tables";
import "../windows/tables";

async function exportBudgetingData(db: Executor, person: Person) {
  const proposals = await db
    .selectFrom("budget_projects")
    .innerJoin("budget_processes", "budget_processes.id", "budget_projects.process_id")
    .select([
      "budget_projects.id",
      "budget_processes.title as process",
      "budget_projects.title",
      "budget_projects.description",
      "budget_projects.cost",
      "budget_projects.status",
      "budget_projects.created_at",
      "budget_projects.location_lat_e6",
      "budget_projects.location_lng_e6",
      "budget_projects.location_address",
    ])
    .where("budget_projects.proposed_by", "=", person.id)
    .where("budget_processes.site_id", "=", person.siteId)
    .orderBy("budget_projects.id")
    .execute();
  const ballots = await db
    .selectFrom("budget_ballots")
    .innerJoin("budget_processes", "budget_processes.id", "budget_ballots.process_id")
    .select([
      "budget_ballots.id",
      "budget_processes.title as process",
      "budget_ballots.source",
      "budget_ballots.created_at",
      "budget_ballots.updated_at",
    ])
    .where("budget_ballots.user_id", "=", person.id)
    .orderBy("budget_ballots.id")
    .execute();
  const items = ballots.length
    ? await db
        .selectFrom("budget_ballot_items")
        .innerJoin("budget_projects", "budget_projects.id", "budget_ballot_items.project_id")
        .select(["budget_ballot_items.ballot_id", "budget_projects.title", "budget_ballot_items.points"])
        .where(
          "budget_ballot_items.ballot_id",
          "in",
          ballots.map((b) => b.id),
        )
        .orderBy("budget_ballot_items.ballot_id")
        .orderBy("budget_ballot_items.position")
        .execute()
    : [];
  const updates = await db
    .selectFrom("budget_updates")
    .innerJoin("budget_processes", "budget_processes.id", "budget_updates.process_id")
    .select(["budget_processes.title as process", "budget_updates.project_id", "budget_updates.body"])
    .select("budget_updates.created_at")
    .where("budget_updates.author_id", "=", person.id)
    .orderBy("budget_updates.id")
    .execute();
  const follows = await db
    .selectFrom("budget_follows")
    .innerJoin("budget_processes", "budget_processes.id", "budget_follows.process_id")
    .select(["budget_processes.title as process", "budget_follows.created_at"])
    .where("budget_follows.user_id", "=", person.id)
    .orderBy("budget_follows.created_at")
    .execute();
  return {
    follows: follows.map((f) => ({ budget: f.process, createdAt: f.created_at })),
    proposals: proposals.map((p) => ({
      id: p.id,
      budget: p.process,
      title: p.title,
      description: p.description,
      cost: p.cost,
      status: p.status,
      location: locationJson(p),
      createdAt: p.created_at,
    })),
    ballots: ballots.map((b) => ({
      budget: b.process,
      source: b.source,
      createdAt: b.created_at,
      updatedAt: b.updated_at,
      choices: items.filter((i) => i.ballot_id === b.id).map((i) => ({ project: i.title, points: i.points })),
    })),
    updates: updates.map((u) => ({
      budget: u.process,
      projectId: u.project_id,
      text: u.body,
      createdAt: u.created_at,
    })),
  };
}

async function eraseBudgetingData(trx: Executor, person: Person): Promise<void> {
  const ballots = await trx
    .selectFrom("budget_ballots")
    .innerJoin("budget_processes", "budget_processes.id", "budget_ballots.process_id")
    .select(["budget_ballots.id", "budget_processes.phase", "budget_processes.imported"])
    .where("budget_ballots.user_id", "=", person.id)
    .execute();
  for (const ballot of ballots) {
    // While the vote is open the ballot can still change, so it still belongs to the vote.
    if (votingOpen({ phase: ballot.phase, imported: ballot.imported })) {
      await trx.deleteFrom("budget_ballots").where("id", "=", ballot.id).execute(); // items cascade
    } else {
      await trx
        .updateTable("budget_ballots")
        .set({ user_id: null, voter_key: `erased:${ballot.id}` })
        .where("id", "=", ballot.id)
        .execute();
    }
  }
  await trx.deleteFrom("budget_follows").where("user_id", "=", person.id).execute();
  // A proposal is public and stays; who proposed it is never shown, so the link simply goes.
  await trx.updateTable("budget_projects").set({ proposed_by: null }).where("proposed_by", "=", person.id).execute();
}

export const budgetingPersonalData: PersonalData = {
  tables: {
    budget_processes: "not personal",
    budget_projects: "anonymised",
    budget_voting_codes: "not personal",
    budget_ballots: "partly removed",
    budget_ballot_items: "partly removed",
    budget_results: "not personal",
    budget_pools: "not personal",
    budget_pool_category_limits: "not personal",
    budget_pool_results: "not personal",
    budget_updates: "kept",
    budget_windows: "not personal",
    budget_follows: "removed",
    ...photoTableRules(PROJECT_PHOTO_TABLES),
  },
  export: async (db, person) => ({
    ...(await exportBudgetingData(db, person)),
    photos: await exportUploadedPhotos(db, PROJECT_PHOTO_TABLES, person, async (projectId) => {
      const project = await db
        .selectFrom("budget_projects")
        .select("process_id")
        .where("id", "=", projectId)
        .executeTakeFirstOrThrow();
      return projectUrl(project.process_id, projectId);
    }),
  }),
  async erase(trx, person) {
    await eraseUploadedPhotos(trx, PROJECT_PHOTO_TABLES, person);
    await eraseBudgetingData(trx, person);
  },
};
