// The lifecycle of an idea as a pure state machine. Every change of state goes through
// `transition`, so the rules (who may do what, from which state) live in one place.
//
//   draft ─publish→ open ─(N-th support, system)→ forwarded ─schedule→ scheduled ─answer→ answered
//                    │                               └──────────answer──────────────────┘      │
//                    ├─(deadline, system)→ expired                               start (adopted)│
//                    └─withdraw (author)→ withdrawn                  completed ←complete─ in_progress
//   any state ─hide (moderator)→ hidden ─restore (moderator)→ the state it had before
export const IDEA_STATES = [
  "draft",
  "open",
  "forwarded",
  "scheduled",
  "answered",
  "in_progress",
  "completed",
  "expired",
  "withdrawn",
  "hidden",
] as const;
export type IdeaState = (typeof IDEA_STATES)[number];

export const ANSWER_KINDS = ["adopted", "partly_adopted", "not_adopted", "not_municipal"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export type IdeaAction =
  | "publish"
  | "forward"
  | "expire"
  | "withdraw"
  | "schedule"
  | "answer"
  | "start"
  | "complete"
  | "hide"
  | "restore";
/** Who performs an action: the system (automatic transitions) or a person in a role. */
export type Actor = "system" | "author" | "council" | "official" | "moderator";

interface Rule {
  from: readonly IdeaState[];
  to: IdeaState | "previous";
  by: Actor;
}

const RULES: Record<IdeaAction, Rule> = {
  publish: { from: ["draft"], to: "open", by: "author" },
  forward: { from: ["open"], to: "forwarded", by: "system" },
  expire: { from: ["open"], to: "expired", by: "system" },
  withdraw: { from: ["open"], to: "withdrawn", by: "author" },
  // Setting the meeting again (a new date) keeps the idea scheduled.
  schedule: { from: ["forwarded", "scheduled"], to: "scheduled", by: "council" },
  // The response clock runs from forwarding, so an official may answer before a meeting is set.
  answer: { from: ["forwarded", "scheduled"], to: "answered", by: "official" },
  start: { from: ["answered"], to: "in_progress", by: "official" },
  complete: { from: ["in_progress"], to: "completed", by: "official" },
  hide: { from: IDEA_STATES.filter((s) => s !== "hidden"), to: "hidden", by: "moderator" },
  restore: { from: ["hidden"], to: "previous", by: "moderator" },
};

export const AUTOMATIC_ACTIONS: readonly IdeaAction[] = (Object.keys(RULES) as IdeaAction[]).filter(
  (a) => RULES[a].by === "system",
);

export type TransitionResult =
  | { ok: true; to: IdeaState }
  | { ok: false; reason: "wrongState" | "wrongActor" | "automaticOnly" | "notAdopted" };

export interface TransitionInput {
  state: IdeaState;
  action: IdeaAction;
  actor: Actor;
  /** The state before hiding, needed to restore. */
  previous?: IdeaState | null;
  answerKind?: AnswerKind | null;
}

export function transition({ state, action, actor, previous, answerKind }: TransitionInput): TransitionResult {
  const rule = RULES[action];
  if (rule.by === "system" && actor !== "system") return { ok: false, reason: "automaticOnly" };
  if (rule.by !== actor) return { ok: false, reason: "wrongActor" };
  if (!rule.from.includes(state)) return { ok: false, reason: "wrongState" };
  // Work only starts on what the municipality (partly) adopted.
  if (action === "start" && answerKind !== "adopted" && answerKind !== "partly_adopted")
    return { ok: false, reason: "notAdopted" };
  if (rule.to === "previous")
    return previous && previous !== "hidden" ? { ok: true, to: previous } : { ok: false, reason: "wrongState" };
  return { ok: true, to: rule.to };
}

export function allowedFrom(action: IdeaAction): readonly IdeaState[] {
  return RULES[action].from;
}

/** Whether `action` can be taken in `state` (pages offer a button or link only then). */
export const offers = (state: IdeaState, action: IdeaAction): boolean => RULES[action].from.includes(state);

/** Comments are open once published, until the author withdraws the idea or a moderator hides it. */
const COMMENTABLE: readonly IdeaState[] = IDEA_STATES.filter((s) => !["draft", "withdrawn", "hidden"].includes(s));
export const commentsOpen = (state: IdeaState): boolean => COMMENTABLE.includes(state);
