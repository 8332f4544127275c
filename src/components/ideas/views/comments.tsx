// Comments, one level of replies, role badges for officials and council members, report links.
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, PostButton, type FormState } from "../../../core/views/forms";
import { isModerator } from "../permissions";
import { commentEditable } from "../domain/deadlines";
import type { CommentView } from "../store/comments";
import { Markdown } from "./idea-parts";
import { userLang } from "../../../core/views/user-text";
import type { RuleExplanation } from "../../../core/participation/explain";
import { RuleNotice, ruleSentence } from "../../../core/views/participation-rule";
import { VERIFY_FIRST_KEYS } from "../participation";

function Comment({
  ctx,
  c,
  ideaId,
  now,
  canReply,
}: {
  ctx: PageContext;
  c: CommentView;
  ideaId: number;
  now: Date;
  canReply: boolean;
}) {
  const t = ctx.t;
  const own = ctx.user?.id === c.author_id;
  const mayModerate = isModerator(ctx.user);
  return (
    <article class="idea-comment" id={`reactie-${c.id}`} aria-label={t("ideas.comments.by", { name: c.author_name })}>
      <p class="utrecht-paragraph idea-comment__meta">
        <strong>{c.author_name}</strong>
        {c.author_role !== "resident" ? (
          <>
            {" "}
            <span class="utrecht-badge-status idea-role">{t(`ideas.role.${c.author_role}`)}</span>
          </>
        ) : null}
        {" · "}
        <time dateTime={c.created_at}>{formatDate(ctx.lang, c.created_at, true)}</time>
        {c.edited_at ? ` · ${t("ideas.comments.edited")}` : ""}
      </p>
      {c.hidden_reason ? (
        <p class="utrecht-paragraph idea-hidden">
          <em>{t("ideas.comments.hidden", { reason: c.hidden_reason })}</em>
        </p>
      ) : (
        <Markdown source={c.body} {...userLang(ctx)} />
      )}
      {mayModerate ? (
        <div class="idea-comment__actions">
          {c.hidden_reason ? (
            <PostButton
              ctx={ctx}
              action={`/admin/ideeen/${ideaId}/reacties/${c.id}/tonen`}
              label={t("moderation.restoreComment")}
            />
          ) : (
            <a class="utrecht-link" href={`/admin/ideeen/${ideaId}/reacties/${c.id}/verbergen`}>
              {t("moderation.hideComment")}
            </a>
          )}
        </div>
      ) : null}
      {ctx.user && !c.hidden_reason ? (
        <p class="utrecht-paragraph idea-comment__actions">
          {own && commentEditable(c.created_at, now) ? (
            <a class="utrecht-link" href={`/ideeen/${ideaId}/reacties/${c.id}/bewerken`}>
              {t("ideas.comments.edit")}
            </a>
          ) : null}
          {!own ? (
            <a class="utrecht-link" href={`/ideeen/${ideaId}/reacties/${c.id}/melden`}>
              {t("ideas.comments.report")}
            </a>
          ) : null}
          {canReply ? (
            <a class="utrecht-link" href={`/ideeen/${ideaId}?antwoord=${c.id}#reageren`}>
              {t("ideas.comments.reply")}
            </a>
          ) : null}
        </p>
      ) : null}
    </article>
  );
}

export function Comments({
  ctx,
  ideaId,
  comments,
  now,
  open,
  form,
  replyTo,
  rule,
}: {
  ctx: PageContext;
  /** Who may comment, explained for this visitor: the form, or what is missing (before typing). */
  rule: RuleExplanation;
  ideaId: number;
  comments: CommentView[];
  now: Date;
  open: boolean;
  form?: FormState;
  replyTo?: CommentView;
}) {
  const t = ctx.t;
  const top = comments.filter((c) => c.parent_id === null);
  return (
    <section aria-labelledby="comments-heading" class="idea-comments">
      <h2 class="utrecht-heading-2" id="comments-heading">
        {t("ideas.comments.heading", { count: comments.length })}
      </h2>
      {top.length === 0 ? <p class="utrecht-paragraph">{t("ideas.comments.none")}</p> : null}
      <ul class="idea-comments__list">
        {top.map((c) => (
          <li>
            <Comment ctx={ctx} c={c} ideaId={ideaId} now={now} canReply={open} />
            {comments.some((r) => r.parent_id === c.id) ? (
              <ul class="idea-comments__replies">
                {comments
                  .filter((r) => r.parent_id === c.id)
                  .map((r) => (
                    <li>
                      <Comment ctx={ctx} c={r} ideaId={ideaId} now={now} canReply={open} />
                    </li>
                  ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {open && ctx.user ? (
        <div id="reageren">
          <h3 class="utrecht-heading-3">
            {replyTo ? t("ideas.comments.replyTo", { name: replyTo.author_name }) : t("ideas.comments.add")}
          </h3>
          {rule.check.ok ? (
            <Form ctx={ctx} action={`/ideeen/${ideaId}/reacties`} form={form} submitLabel={t("ideas.comments.submit")}>
              {replyTo ? <input type="hidden" name="parentId" value={String(replyTo.id)} /> : null}
              <Field
                ctx={ctx}
                form={form}
                name="body"
                label={t("ideas.comments.body")}
                hint={t("ideas.fields.markdownHint")}
                multiline
                rows={4}
                maxLength={2000}
                required
              />
            </Form>
          ) : (
            // Said before typing, not after: what is missing and the way to meet it.
            <RuleNotice ctx={ctx} e={rule} verifyFirstKey={VERIFY_FIRST_KEYS.comment} />
          )}
        </div>
      ) : open ? (
        <p class="utrecht-paragraph">
          {ruleSentence(t, rule)}{" "}
          <a class="utrecht-link" href={`/inloggen?terug=/ideeen/${ideaId}`}>
            {t("ideas.comments.login")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
