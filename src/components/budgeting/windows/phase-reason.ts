// A phase change by hand on a process with a time plan (closing early, opening late) needs a
// reason, which goes into the audit log; without a plan the reason stays optional.
import type { Executor } from "../../../core/db/database";
import type { FieldError } from "../../../core/http/errors";
import { hasWindows } from "./rules";
import { findPlan } from "./store";

export const MIN_REASON = 5;

export async function phaseReasonError(db: Executor, processId: number, reason: string): Promise<FieldError | null> {
  if (reason.length >= MIN_REASON) return null;
  if (!reason && !hasWindows(await findPlan(db, processId))) return null;
  return { field: "reason", messageKey: "budgeting.windows.errors.reason" };
}
