// One idea in a list: title, area, state, progress and days left.
import type { PageContext } from "../../../core/views/context";
import { effectiveState } from "../domain/deadlines";
import type { IdeaView } from "../store/ideas";
import { DaysLeft, Progress, StateBadge } from "./idea-parts";
import { userLang } from "../../../core/views/user-text";

export function IdeaCard({ ctx, idea, now }: { ctx: PageContext; idea: IdeaView; now: Date }) {
  const state = effectiveState(idea.state, idea.deadline_at, now);
  return (
    <li class="idea-card">
      <h2 class="utrecht-heading-3 idea-card__title">
        <a class="utrecht-link" href={`/ideeen/${idea.id}`} {...userLang(ctx)}>
          {idea.title}
        </a>
      </h2>
      <p class="utrecht-paragraph idea-card__meta">
        <StateBadge ctx={ctx} state={state} /> {idea.area_name}
        {idea.category ? ` · ${ctx.t(`ideas.category.${idea.category}`)}` : ""}
      </p>
      {state !== "hidden" ? (
        <Progress ctx={ctx} count={idea.support_count} threshold={idea.threshold} id={String(idea.id)} />
      ) : null}
      <DaysLeft ctx={ctx} idea={idea} state={state} now={now} />
    </li>
  );
}
