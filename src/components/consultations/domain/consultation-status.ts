// Whether a consultation is running, still to come or over, from its timeline, for the public list
// ("open ones first") and the map. Pure: the phases and `now` in.
import { localDate } from "../../../core/i18n/local-days";
import type { Phase } from "./timeline";

export type ConsultationStatus = "open" | "upcoming" | "closed";

/** Open from the first phase's first day to the last phase's last day; without phases: open. */
export function consultationStatus(phases: readonly Phase[], now: Date): ConsultationStatus {
  if (phases.length === 0) return "open";
  const today = localDate(now.toISOString());
  if (today < phases[0]!.startsOn) return "upcoming";
  return today > phases.at(-1)!.endsOn ? "closed" : "open";
}

const ORDER: Record<ConsultationStatus, number> = { open: 0, upcoming: 1, closed: 2 };

/** Open first, then those still to come, then those that are over; newest first within each. */
export function orderForResidents<T extends { id: number; status: ConsultationStatus }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.id - a.id);
}
