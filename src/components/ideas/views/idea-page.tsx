// The page of one idea: the promise, progress, support and follow buttons, the official answer,
// the timeline and the comments. A hidden idea shows the moderator's public reason instead, and
// its title and text only to those who may see them (permissions.canSeeContent).
import { paperCountText } from "./paper-count";
import type { VNode } from "preact";
import { meetingIsPast } from "../domain/meeting-dates";
import { progressOptions } from "../domain/progress-options";
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { CsrfField, PostButton, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { markdownToText } from "../../../core/text/markdown";
import { commentsOpen, type IdeaState, offers } from "../domain/states";
import type { CommentView } from "../store/comments";
import type { IdeaView } from "../store/ideas";
import type { PhotoInfo } from "../../../core/photos/store";
import type { EventRow } from "../store/tables";
import { Comments } from "./comments";
import { AnswerPunctuality, DaysLeft, Markdown, Progress, PromiseBox, StateBadge } from "./idea-parts";
import { IdeaPhotos } from "./idea-photos";
import { Timeline } from "./timeline";
import { userLang } from "../../../core/views/user-text";

import type { RuleExplanation } from "../../../core/participation/explain";
import { RuleNotice } from "../../../core/views/participation-rule";
import { VERIFY_FIRST_KEYS } from "../participation";

export interface IdeaPageProps {
  ctx: PageContext;
  idea: IdeaView;
  state: IdeaState;
  now: Date;
  events: EventRow[];
  comments: CommentView[];
  photos: PhotoInfo[];
  viewer: {
    /** May read the title and text (permissions.canSeeContent): false only for a hidden idea. */
    seesContent: boolean;
    supported: boolean;
    following: boolean;
    canEdit: boolean;
    isAuthor: boolean;
    collecting: boolean;
    /** May add, describe and delete the photos (author or staff). */
    managePhotos: boolean;
    staff: { council: boolean; official: boolean; moderator: boolean };
    /** Who may support and comment, explained for this visitor (core/participation). */
    supportRule: RuleExplanation;
    commentRule: RuleExplanation;
    verifiedSupports: number;
    /** For staff: supports given before the support rule was last tightened. */
    earlierRuleSupports: number;
  };
  shareUrl: string;
  imageUrl: string;
  commentForm?: FormState;
  replyTo?: CommentView;
  /** Where the idea is (core/places PlaceSection) and the map assets for its head. */
  place?: { head: VNode; section: VNode };
}

/** "12 stemmen, waarvan 9 van geverifieerde bewoners"; staff also see the earlier rule. */
function SupportCounts({ ctx, idea, viewer }: { ctx: PageContext; idea: IdeaView; viewer: IdeaPageProps["viewer"] }) {
  const { t } = ctx;
  return (
    <p class="utrecht-paragraph idea-verified-count">
      {t("participation.counts.supports", { count: idea.support_count, verified: viewer.verifiedSupports })}
      {idea.paper_support_count > 0 ? ` ${paperCountText(ctx, idea.support_count, idea.paper_support_count)}.` : ""}
      {viewer.earlierRuleSupports > 0 && viewer.supportRule.tightenedAt
        ? ` ${t("participation.counts.earlierRuleCount", {
            count: viewer.earlierRuleSupports,
            date: formatDate(ctx.lang, viewer.supportRule.tightenedAt),
          })}`
        : ""}
    </p>
  );
}

function SupportForm({ ctx, idea, supported }: { ctx: PageContext; idea: IdeaView; supported: boolean }) {
  const action = supported ? `/ideeen/${idea.id}/steun-intrekken` : `/ideeen/${idea.id}/steunen`;
  return (
    <form
      method="post"
      action={action}
      class="post-button idea-support"
      data-support-form
      data-idea={String(idea.id)}
      data-status-supported={ctx.t("ideas.support.youSupport")}
      data-status-unsupported={ctx.t("ideas.support.youUnsupported")}
    >
      <CsrfField ctx={ctx} />
      <button
        type="submit"
        class={`utrecht-button ${supported ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`}
        data-support-button
        data-label-support={ctx.t("ideas.support.button")}
        data-label-unsupport={ctx.t("ideas.support.withdraw")}
        aria-pressed={supported ? "true" : "false"}
      >
        {supported ? ctx.t("ideas.support.withdraw") : ctx.t("ideas.support.button")}
      </button>
      <span class="idea-support__status" role="status" data-support-status>
        {supported ? ctx.t("ideas.support.youSupport") : ""}
      </span>
    </form>
  );
}

export function IdeaPage(p: IdeaPageProps) {
  const { ctx, idea, state, viewer } = p;
  const t = ctx.t;
  const hidden = state === "hidden";
  const title = viewer.seesContent ? idea.title : t("ideas.hidden.title");
  const head = (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={hidden ? t("ideas.hidden.title") : markdownToText(idea.body, 200)} />
      <meta property="og:url" content={p.shareUrl} />
      <meta property="og:site_name" content={ctx.site.name} />
      <meta property="og:image" content={p.imageUrl} />
      <meta name="twitter:card" content="summary" />
      <link rel="canonical" href={p.shareUrl} />
      {p.place?.head}
    </>
  );
  return (
    <Layout ctx={ctx} title={title} head={head}>
      <article class="idea" data-idea-page={String(idea.id)}>
        <h1 class="utrecht-heading-1" {...userLang(ctx)}>
          {title}
        </h1>
        <p class="utrecht-paragraph idea-meta">
          <StateBadge ctx={ctx} state={state} /> {t("ideas.meta", { author: idea.author_name, area: idea.area_name })}
          {idea.category ? ` · ${t(`ideas.category.${idea.category}`)}` : ""}
          {idea.published_at ? (
            <>
              {" "}
              · <time dateTime={idea.published_at}>{formatDate(ctx.lang, idea.published_at)}</time>
            </>
          ) : null}
        </p>
        {hidden ? (
          <>
            <div class="utrecht-alert utrecht-alert--warning">
              <p class="utrecht-paragraph">{t("ideas.hidden.text", { reason: idea.hidden_reason ?? "" })}</p>
              <IdeaPhotos ctx={ctx} ideaId={idea.id} photos={p.photos} show={false} manage={viewer.managePhotos} />
            </div>
            {viewer.seesContent ? <Markdown source={idea.body} /> : null}
            <IdeaPhotos
              ctx={ctx}
              ideaId={idea.id}
              photos={p.photos}
              show={viewer.seesContent}
              manage={viewer.managePhotos}
            />
          </>
        ) : (
          <>
            {state === "draft" ? (
              <div class="utrecht-alert utrecht-alert--info">
                <p class="utrecht-paragraph">{t("ideas.draft.notice")}</p>
              </div>
            ) : null}
            <Markdown source={idea.body} {...userLang(ctx)} />
            <IdeaPhotos ctx={ctx} ideaId={idea.id} photos={p.photos} show manage={viewer.managePhotos} />
            {p.place?.section}
            <PromiseBox ctx={ctx} idea={idea} state={state} />
            {state !== "draft" ? (
              <Progress ctx={ctx} count={idea.support_count} threshold={idea.threshold} id="main" live />
            ) : null}
            {state !== "draft" && idea.support_count > 0 ? (
              <SupportCounts ctx={ctx} idea={idea} viewer={viewer} />
            ) : null}
            <DaysLeft ctx={ctx} idea={idea} state={state} now={p.now} />
            {idea.answer_text ? (
              <section class="idea-answer" aria-labelledby="answer-heading">
                <h2 class="utrecht-heading-2" id="answer-heading">
                  {t("ideas.answer.heading")}
                </h2>
                <p class="utrecht-paragraph">
                  <strong>{t(`ideas.answerKind.${idea.answer_kind}`)}</strong>
                  {idea.answered_at ? ` · ${formatDate(ctx.lang, idea.answered_at)}` : ""}
                </p>
                <Markdown source={idea.answer_text} {...userLang(ctx)} />
                <AnswerPunctuality ctx={ctx} idea={idea} now={p.now} />
              </section>
            ) : null}
            {idea.meeting_at && !idea.answer_text ? (
              <p class="utrecht-paragraph">
                {t(meetingIsPast(idea.meeting_at, p.now) ? "ideas.meetingWas" : "ideas.meetingOn", {
                  council: idea.council_name,
                  date: formatDate(ctx.lang, idea.meeting_at),
                })}
              </p>
            ) : null}
            {viewer.collecting && !(ctx.user && viewer.supported) ? (
              <RuleNotice ctx={ctx} e={viewer.supportRule} verifyFirstKey={VERIFY_FIRST_KEYS.support} />
            ) : null}
            <div class="idea-actions utrecht-button-group">
              {viewer.collecting && ctx.user && (viewer.supported || viewer.supportRule.check.ok) ? (
                <SupportForm ctx={ctx} idea={idea} supported={viewer.supported} />
              ) : null}
              {viewer.collecting && !ctx.user ? (
                <a
                  class="utrecht-button-link utrecht-button-link--primary-action"
                  href={`/inloggen?terug=/ideeen/${idea.id}`}
                >
                  {t("ideas.support.login")}
                </a>
              ) : null}
              {!viewer.collecting && state !== "draft" ? (
                <p class="utrecht-paragraph">{t("ideas.support.closed")}</p>
              ) : null}
              {ctx.user && state !== "draft" ? (
                <PostButton
                  ctx={ctx}
                  action={`/ideeen/${idea.id}/${viewer.following ? "ontvolgen" : "volgen"}`}
                  label={viewer.following ? t("ideas.follow.stop") : t("ideas.follow.start")}
                />
              ) : null}
            </div>
            {viewer.isAuthor ? (
              <div class="idea-author-actions utrecht-button-group">
                {viewer.canEdit ? (
                  <a
                    class="utrecht-button-link utrecht-button-link--secondary-action"
                    href={`/ideeen/${idea.id}/bewerken`}
                  >
                    {t("ideas.author.edit")}
                  </a>
                ) : null}
                {offers(state, "publish") ? (
                  <PostButton
                    ctx={ctx}
                    action={`/ideeen/${idea.id}/publiceren`}
                    label={t("ideas.author.publish")}
                    variant="primary"
                  />
                ) : null}
                {offers(state, "withdraw") ? (
                  <PostButton ctx={ctx} action={`/ideeen/${idea.id}/intrekken`} label={t("ideas.author.withdraw")} />
                ) : null}
              </div>
            ) : null}
            {state !== "draft" ? (
              <p class="utrecht-paragraph idea-share">
                {t("ideas.share.label")}{" "}
                <a class="utrecht-link" href={p.shareUrl}>
                  {p.shareUrl}
                </a>{" "}
                ·{" "}
                <a class="utrecht-link" href={`/ideeen/${idea.id}/poster`}>
                  {t("ideas.share.poster")}
                </a>{" "}
                ·{" "}
                <a class="utrecht-link" href={`/ideeen/${idea.id}/steunformulier`}>
                  {t("paper.printLink")}
                </a>
                {viewer.staff.official ? (
                  <>
                    {" "}
                    ·{" "}
                    <a class="utrecht-link" href={`/admin/ideeen/${idea.id}/papier`}>
                      {t("paper.staffLink")}
                    </a>
                  </>
                ) : null}
                {ctx.user && !viewer.isAuthor ? (
                  <>
                    {" "}
                    ·{" "}
                    <a class="utrecht-link" href={`/ideeen/${idea.id}/melden`}>
                      {t("ideas.report.link")}
                    </a>
                  </>
                ) : null}
              </p>
            ) : null}
          </>
        )}
        {viewer.staff.council || viewer.staff.official || viewer.staff.moderator ? (
          <p class="utrecht-paragraph idea-staff-links">
            {viewer.staff.council && offers(state, "schedule") ? (
              <a class="utrecht-link" href={`/admin/ideeen/${idea.id}/agenderen`}>
                {t("ideas.staff.schedule")}
              </a>
            ) : null}{" "}
            {viewer.staff.official && offers(state, "answer") ? (
              <a class="utrecht-link" href={`/admin/ideeen/${idea.id}/antwoorden`}>
                {t("ideas.staff.answer")}
              </a>
            ) : null}{" "}
            {viewer.staff.official && state !== "draft" ? (
              <a class="utrecht-link" href={`/admin/ideeen/${idea.id}/bericht`}>
                {t("ideas.staff.update")}
              </a>
            ) : null}{" "}
            {viewer.staff.official && progressOptions({ state, answerKind: idea.answer_kind }).length > 0 ? (
              <a class="utrecht-link" href={`/admin/ideeen/${idea.id}/voortgang`}>
                {t("ideas.staff.progress")}
              </a>
            ) : null}{" "}
            {viewer.staff.moderator ? (
              <a class="utrecht-link" href={`/admin/ideeen/${idea.id}/verbergen`}>
                {hidden ? t("ideas.staff.restore") : t("ideas.staff.hide")}
              </a>
            ) : null}
          </p>
        ) : null}
        {state !== "draft" ? <Timeline ctx={ctx} events={p.events} now={p.now} /> : null}
        {!hidden && state !== "draft" ? (
          <Comments
            ctx={ctx}
            ideaId={idea.id}
            comments={p.comments}
            now={p.now}
            open={commentsOpen(state)}
            form={p.commentForm}
            replyTo={p.replyTo}
            rule={viewer.commentRule}
          />
        ) : null}
      </article>
    </Layout>
  );
}
