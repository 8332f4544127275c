// A conversation's own page: the introduction, one statement to answer, a form to add one's own
// statement, and links to one's answers and the results.
import type { PageContext } from "../../../core/views/context";
import type { RuleExplanation } from "../../../core/participation/explain";
import { RuleNotice, ruleSentence } from "../../../core/views/participation-rule";
import { type OpinionAction, VERIFY_FIRST_KEYS } from "../participation";
import { Field, Form, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { Prose } from "../../../core/views/prose";
import type { Progress } from "../commands/next-statement";
import type { ConversationPhase, Refusal } from "../permissions";
import { STATEMENT_MAX } from "../routes/schemas";
import type { Conversation } from "../store/tables";
import { ConversationStatus } from "./conversation-status";
import { VoteCard, type CardStatement } from "./vote-card";
import { userLang } from "../../../core/views/user-text";

export interface VotingPageProps {
  ctx: PageContext;
  conversation: Conversation;
  phase: ConversationPhase;
  refusal: Refusal | null;
  /** Who may answer and add statements, explained for this visitor (core/participation). */
  rules: { vote: RuleExplanation; statement: RuleExplanation };
  statement: CardStatement | null;
  progress: Progress;
  statementForm?: FormState;
}

/**
 * The rule before a person starts, when it asks more than the conversation's own setting (any
 * account, or anonymous), or when this visitor does not meet it: what is missing and the way.
 */
function RuleShown({ ctx, e, action }: { ctx: PageContext; e: RuleExplanation; action: OpinionAction }) {
  if (e.check.ok && e.rule.level === "none") return null;
  if (!e.check.ok && e.check.reason === "login" && e.rule.level === "none") return null;
  return <RuleNotice ctx={ctx} e={e} verifyFirstKey={VERIFY_FIRST_KEYS[action]} />;
}

export function VotingPage(props: VotingPageProps) {
  const { ctx, conversation: c, refusal, statement, progress, rules } = props;
  const { t } = ctx;
  const base = `/gesprekken/${c.id}`;
  return (
    <Layout ctx={ctx} title={c.topic}>
      <h1 class="utrecht-heading-1" {...userLang(ctx)}>
        {c.topic}
      </h1>
      <ConversationStatus ctx={ctx} conversation={c} phase={props.phase} />
      <Prose text={c.introduction} {...userLang(ctx)} />
      <p class="utrecht-paragraph">{t("opinions.vote.howItWorks")}</p>
      {refusal === null ? <RuleShown ctx={ctx} e={rules.vote} action="vote" /> : null}
      {refusal === null && !rules.vote.check.ok ? (
        rules.vote.check.reason === "login" ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(base)}`}>
              {t("opinions.vote.loginToTakePart")}
            </a>
          </p>
        ) : null
      ) : refusal === null ? (
        statement ? (
          <VoteCard ctx={ctx} conversationId={c.id} statement={statement} progress={progress} />
        ) : (
          <div class="utrecht-alert utrecht-alert--ok" role="status">
            <p class="utrecht-paragraph">
              {progress.total === 0 ? t("opinions.vote.noStatements") : t("opinions.vote.allAnswered")}
            </p>
          </div>
        )
      ) : refusal.status === 401 ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(base)}`}>
            {t("opinions.vote.loginToTakePart")}
          </a>
        </p>
      ) : (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph">{t(refusal.key)}</p>
        </div>
      )}
      <ul class="utrecht-unordered-list opinion-links">
        {progress.answered > 0 ? (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`${base}/mijn-antwoorden`}>
              {t("opinions.vote.myAnswersLink", { count: progress.answered })}
            </a>
          </li>
        ) : null}
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`${base}/resultaten`}>
            {t("opinions.vote.resultsLink")}
          </a>
        </li>
      </ul>
      {refusal === null && c.statement_mode !== "none" && !rules.statement.check.ok ? (
        <section aria-labelledby="add-statement-heading">
          <h2 class="utrecht-heading-2" id="add-statement-heading">
            {t("opinions.add.heading")}
          </h2>
          <RuleShown ctx={ctx} e={rules.statement} action="statement" />
        </section>
      ) : null}
      {refusal === null && c.statement_mode !== "none" && rules.statement.check.ok ? (
        <section aria-labelledby="add-statement-heading">
          <h2 class="utrecht-heading-2" id="add-statement-heading">
            {t("opinions.add.heading")}
          </h2>
          {rules.statement.rule.level !== "none" ? (
            <p class="utrecht-paragraph participation-rule">{ruleSentence(t, rules.statement)}</p>
          ) : null}
          <p class="utrecht-paragraph">
            {t(c.statement_mode === "moderated" ? "opinions.add.moderated" : "opinions.add.direct")}
          </p>
          <Form
            ctx={ctx}
            action={`${base}/stellingen`}
            form={props.statementForm}
            submitLabel={t("opinions.add.submit")}
          >
            <Field
              ctx={ctx}
              form={props.statementForm}
              name="text"
              label={t("opinions.add.label")}
              hint={t("opinions.add.hint", { max: STATEMENT_MAX })}
              multiline
              rows={3}
              maxLength={STATEMENT_MAX}
              required
            />
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}
