// Which progress steps an official may take on an idea now: exactly those the state machine
// (states.ts) allows, so the progress form never offers a step it would then refuse.
import { type AnswerKind, type IdeaState, transition } from "./states";

export const PROGRESS_ACTIONS = ["start", "complete"] as const;
export type ProgressAction = (typeof PROGRESS_ACTIONS)[number];

export function progressOptions(idea: { state: IdeaState; answerKind: AnswerKind | null }): ProgressAction[] {
  return PROGRESS_ACTIONS.filter(
    (action) => transition({ state: idea.state, action, actor: "official", answerKind: idea.answerKind }).ok,
  );
}
