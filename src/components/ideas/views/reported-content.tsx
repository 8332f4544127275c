// What a report or a moderation decision is about, shown above its form: the idea's title, or the
// comment with its author and text, so nobody reports or hides something they cannot see.
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import type { CommentView } from "../store/comments";
import { Markdown } from "./idea-parts";

export function ReportedContent({
  ctx,
  ideaTitle,
  comment,
}: {
  ctx: PageContext;
  ideaTitle: string;
  comment: CommentView | null;
}) {
  const t = ctx.t;
  if (!comment) return <p class="utrecht-paragraph">{t("moderation.aboutIdea", { title: ideaTitle })}</p>;
  return (
    <>
      <p class="utrecht-paragraph">
        {t("moderation.aboutComment", {
          name: comment.author_name,
          date: formatDate(ctx.lang, comment.created_at, true),
          title: ideaTitle,
        })}
      </p>
      <blockquote class="utrecht-blockquote reported-content">
        <Markdown source={comment.body} />
      </blockquote>
      {comment.hidden_reason ? (
        <p class="utrecht-paragraph">{t("moderation.hiddenBecause", { reason: comment.hidden_reason })}</p>
      ) : null}
    </>
  );
}
