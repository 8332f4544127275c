// One idea in a list: title, area, state, progress and days left, and a thumbnail of its first photo.
import type { PhotoRef } from "../../../core/photos/store";
import { PhotoThumbnail } from "../../../core/photos/views";
import type { PageContext } from "../../../core/views/context";
import { effectiveState } from "../domain/idea-rules";
import type { IdeaView } from "../store/ideas";
import { DaysLeft, Progress, StateBadge } from "./idea-parts";
import { userLang } from "../../../core/views/user-text";
import { paperCountText } from "./paper-count";

export function IdeaCard(p: { ctx: PageContext; idea: IdeaView; now: Date; thumbnail?: PhotoRef }) {
  const { ctx, idea, now } = p;
  const state = effectiveState(idea.state, idea.deadline_at, now);
  return (
    <li class="idea-card">
      {p.thumbnail ? <PhotoThumbnail itemUrl={`/ideeen/${idea.id}`} photo={p.thumbnail} /> : null}
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
      {state !== "hidden" && idea.paper_support_count > 0 ? (
        <p class="utrecht-paragraph idea-card__paper">
          {paperCountText(ctx, idea.support_count, idea.paper_support_count)}
        </p>
      ) : null}
      <DaysLeft ctx={ctx} idea={idea} state={state} now={now} />
    </li>
  );
}
