// Imports a pabulib .pb file as a finished process: parsed and checked completely first (a
// malformed file throws PabulibParseError naming the line), then written in one transaction
// with its result, so a failure leaves nothing behind.
import { audit } from "../../../core/audit/log";
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Services } from "../../../core/services";
import { ordinalPoints, defaultOrdinalScoring } from "../domain/ordinal-scoring";
import type { Election } from "../domain/types";
import { metaValue, PabulibParseError, parsePabulib, toElection, type PbFile } from "../pabulib/index";
import { defaultSettings, insertProcess, type ProcessSettings } from "../store/processes";
import { insertProject } from "../store/projects";
import { saveResult } from "../store/results";
import type { BudgetProcess } from "../store/tables";
import { methodFromPabulib, ruleOf, type Method } from "./process-method";
import { outcomeFor } from "./process-results";

export interface ImportOptions {
  siteId: number;
  title?: string;
  method?: Method;
  actorUserId: number | null;
}

/** Ordinal ballots become points (rank 1 gets the most), the way the results count them. */
function asStored(election: Election): Election {
  if (election.kind !== "ordinal") return election;
  const longest = election.ballots.reduce((m, b) => Math.max(m, b.projects.length), 0);
  const scoring = election.ordinalScoring ?? defaultOrdinalScoring(longest);
  return {
    ...election,
    kind: "cumulative",
    ballots: election.ballots.map((b) => ({
      projects: b.projects,
      points: b.projects.map((_, r) => ordinalPoints(scoring, r)),
    })),
  };
}

function settingsFrom(pb: PbFile, election: Election, options: ImportOptions): ProcessSettings {
  const num = (key: string) => {
    const n = Number(metaValue(pb, key));
    return Number.isSafeInteger(n) && n >= 0 ? n : null;
  };
  const place = [metaValue(pb, "unit"), metaValue(pb, "subunit"), metaValue(pb, "instance")].filter(Boolean).join(" ");
  return {
    ...defaultSettings,
    title: (options.title || metaValue(pb, "description") || place || "pabulib").slice(0, 200),
    description: place,
    budget: election.budget,
    currency: (metaValue(pb, "currency") ?? "EUR").slice(0, 10),
    ballotType: election.kind === "cumulative" ? "cumulative" : "approval",
    minProjects: num("min_length") ?? 0,
    maxProjects: num("max_length"),
    pointsTotal: num("max_sum_points") ?? 0,
    pointsPerProject: num("max_points") ?? 0,
    ...ruleOf(options.method ?? methodFromPabulib(metaValue(pb, "rule"))),
    tieBreak: "id",
  };
}

export async function importPb(services: Services, text: string, options: ImportOptions): Promise<BudgetProcess> {
  const now = services.clock();
  const pb = parsePabulib(text);
  const election = asStored(toElection(pb));
  const settings = settingsFrom(pb, election, options);
  const voterCol = pb.votes.columns.indexOf("voter_id");
  assertUniqueVoters(pb, voterCol);
  return services.db.kysely.transaction().execute(async (trx) => {
    const process = await insertProcess(trx, options.siteId, settings, "results", now, true);
    const projectIds = new Map<string, number>();
    for (const p of election.projects) {
      const row = await insertProject(
        trx,
        process.id,
        { externalId: p.id, title: p.name || p.id, description: "", cost: p.cost, status: "feasible" },
        now,
      );
      projectIds.set(p.id, row.id);
    }
    await insertBallots(
      trx,
      process.id,
      election,
      (i) => pb.votes.rows[i]![voterCol]!.trim() || String(i + 1),
      projectIds,
      now,
    );
    await saveResult(trx, process.id, outcomeFor(process, election), election.ballots.length, now);
    await audit(
      trx,
      {
        siteId: options.siteId,
        actorUserId: options.actorUserId,
        action: "budgeting.imported",
        subject: `budget_process:${process.id}`,
        details: { ballots: election.ballots.length },
      },
      now,
    );
    return process;
  });
}

function assertUniqueVoters(pb: PbFile, voterCol: number): void {
  const seen = new Set<string>();
  pb.votes.rows.forEach((row, r) => {
    const id = row[voterCol]!.trim();
    if (seen.has(id))
      throw new PabulibParseError(pb.votes.lines?.[r] ?? r + 1, `a unique voter_id, found "${id}" twice`);
    seen.add(id);
  });
}

async function insertBallots(
  trx: Executor,
  processId: number,
  election: Election,
  voterId: (i: number) => string,
  projectIds: Map<string, number>,
  now: Date,
): Promise<void> {
  const CHUNK = 400;
  for (let start = 0; start < election.ballots.length; start += CHUNK) {
    const slice = election.ballots.slice(start, start + CHUNK);
    const rows = await trx
      .insertInto("budget_ballots")
      .values(
        slice.map((_, k) => ({
          process_id: processId,
          voter_key: `import:${voterId(start + k)}`,
          source: "import" as const,
          user_id: null,
          entered_by: null,
          created_at: iso(now),
          updated_at: iso(now),
        })),
      )
      .returning(["id", "voter_key"])
      .execute();
    const idOf = new Map(rows.map((r) => [r.voter_key, r.id]));
    const items = slice.flatMap((b, k) =>
      b.projects.map((p, position) => ({
        ballot_id: idOf.get(`import:${voterId(start + k)}`)!,
        project_id: projectIds.get(p)!,
        points: b.points?.[position] ?? 1,
        position,
      })),
    );
    for (let i = 0; i < items.length; i += 2000)
      await trx
        .insertInto("budget_ballot_items")
        .values(items.slice(i, i + 2000))
        .execute();
  }
}
