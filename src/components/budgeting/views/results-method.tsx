// How the result was counted, in plain words and with this vote's own numbers (methodExplanation in
// explain.ts, which the API gives too): one paragraph each.
import type { PageContext } from "../../../core/views/context";
import type { Outcome } from "../domain/types";
import type { BudgetProcess } from "../store/tables";
import { methodExplanation } from "./explain";

export function ResultsMethod({
  ctx,
  process,
  outcome,
  voters,
}: {
  ctx: PageContext;
  process: BudgetProcess;
  outcome: Outcome;
  voters: number;
}) {
  return (
    <>
      {methodExplanation(ctx.t, ctx.lang, process, outcome, voters).map((text) => (
        <p class="utrecht-paragraph">{text}</p>
      ))}
    </>
  );
}
