// "Ideeën die bijna genoeg steun hebben" on the home page: open ideas before their deadline that
// have at least one support, closest to their threshold first. An idea nobody has supported yet
// is not "almost" there, however low its threshold. The home page's query applies the same values
// (store/ideas.ts `almostEnoughFilter`), and a test checks it lists exactly the ideas accepted here.
import { holds } from "./idea-condition";
import { openBeforeDeadline } from "./idea-rules";
import type { IdeaState } from "./states";

export const ALMOST_ENOUGH_MIN_SUPPORTS = 1;
/** How many such ideas the home page shows. */
export const ALMOST_ENOUGH_SHOWN = 3;

export interface AlmostEnoughFacts {
  state: IdeaState;
  deadline_at: string | null;
  support_count: number;
}

export function isAlmostEnough(idea: AlmostEnoughFacts, now: Date): boolean {
  const facts = {
    state: idea.state,
    deadline_at: idea.deadline_at,
    published_at: null,
    due_at: null,
    last_reaction_at: null,
  };
  return holds(openBeforeDeadline(now), facts) && idea.support_count >= ALMOST_ENOUGH_MIN_SUPPORTS;
}
