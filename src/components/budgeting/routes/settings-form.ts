// Between the settings form (text fields) and ProcessSettings.
import type { z } from "zod";
import type { Area } from "../../../core/db/types";
import type { FieldError } from "../../../core/http/errors";
import { methodOf, ruleOf } from "../commands/process-method";
import type { ProcessSettings } from "../store/processes";
import type { BudgetProcess } from "../store/tables";
import type { settingsSchema } from "./schemas";

export function settingsFormValues(p: BudgetProcess | null): Record<string, string> {
  if (!p)
    return {
      currency: "EUR",
      ballotType: "approval",
      method: "mes-add1",
      add1Stop: "exhaustive",
      tieBreak: "votes",
      minProjects: "0",
      pointsTotal: "10",
      pointsPerProject: "3",
    };
  return {
    title: p.title,
    description: p.description,
    areaId: p.area_id === null ? "" : String(p.area_id),
    budget: String(p.budget),
    currency: p.currency,
    ballotType: p.ballot_type,
    minProjects: String(p.min_projects),
    maxProjects: p.max_projects === null ? "" : String(p.max_projects),
    pointsTotal: String(p.points_total),
    pointsPerProject: String(p.points_per_project),
    method: methodOf(p),
    add1Stop: p.add1_stop,
    tieBreak: p.tie_break,
    minVotes: p.min_votes === null ? "" : String(p.min_votes),
  };
}

/** The area must be one of this site's areas; otherwise a field error (never another site's). */
export function toSettings(
  data: z.infer<typeof settingsSchema>,
  areas: Area[],
): { settings: ProcessSettings } | { error: FieldError } {
  const areaId = data.areaId === "" ? null : Number(data.areaId);
  if (areaId !== null && !areas.some((a) => a.id === areaId))
    return { error: { field: "areaId", messageKey: "forms.errors.invalid" } };
  return {
    settings: {
      title: data.title,
      description: data.description,
      areaId,
      budget: data.budget,
      currency: data.currency,
      ballotType: data.ballotType,
      minProjects: data.minProjects,
      maxProjects: data.maxProjects,
      pointsTotal: data.pointsTotal,
      pointsPerProject: data.pointsPerProject,
      ...ruleOf(data.method),
      add1Stop: data.add1Stop,
      tieBreak: data.tieBreak,
      minVotes: data.minVotes,
    },
  };
}
