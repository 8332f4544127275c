// The five phases as an ordered list, the current one marked, so residents see where the
// process stands and what comes next.
import type { PageContext } from "../../../core/views/context";
import { PHASES, type Phase } from "../domain/process-rules";

export function PhaseSteps({ ctx, phase }: { ctx: PageContext; phase: Phase }) {
  return (
    <ol class="utrecht-ordered-list budget-phases">
      {PHASES.map((p) => (
        <li class="utrecht-ordered-list__item" aria-current={p === phase ? "step" : undefined}>
          {p === phase ? (
            <strong>
              {ctx.t(`budgeting.phase.${p}`)} ({ctx.t("budgeting.process.now")})
            </strong>
          ) : (
            ctx.t(`budgeting.phase.${p}`)
          )}
        </li>
      ))}
    </ol>
  );
}
