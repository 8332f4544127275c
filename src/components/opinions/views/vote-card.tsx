// One statement with three answers: a plain form that works without JavaScript. With the script
// (voting-client.ts) the answer is sent in the background and the next statement takes its place.
import type { PageContext } from "../../../core/views/context";
import { CsrfField } from "../../../core/views/forms";
import type { Progress } from "../commands/next-statement";
import { userLang } from "../../../core/views/user-text";

export interface CardStatement {
  id: number;
  text: string;
}

export function VoteCard({
  ctx,
  conversationId,
  statement,
  progress,
}: {
  ctx: PageContext;
  conversationId: number;
  statement: CardStatement;
  progress: Progress;
}) {
  const { t } = ctx;
  return (
    <section class="opinion-card" aria-labelledby="opinion-card-heading" data-opinion-card>
      <h2 class="utrecht-heading-2" id="opinion-card-heading" data-opinion-progress>
        {t("opinions.vote.progress", { number: progress.answered + 1, total: progress.total })}
      </h2>
      <p class="utrecht-paragraph opinion-card__statement" data-opinion-text {...userLang(ctx)}>
        {statement.text}
      </p>
      <form method="post" action={`/gesprekken/${conversationId}/stemmen`} class="opinion-card__form" data-opinion-vote>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="statement" value={String(statement.id)} data-opinion-statement />
        <div class="utrecht-button-group">
          <button type="submit" name="vote" value="agree" class="utrecht-button utrecht-button--primary-action">
            {t("opinions.vote.agree")}
          </button>
          <button type="submit" name="vote" value="disagree" class="utrecht-button utrecht-button--primary-action">
            {t("opinions.vote.disagree")}
          </button>
          <button type="submit" name="vote" value="pass" class="utrecht-button utrecht-button--secondary-action">
            {t("opinions.vote.pass")}
          </button>
        </div>
      </form>
      <p class="utrecht-paragraph opinion-card__live" role="status" aria-live="polite" data-opinion-message></p>
    </section>
  );
}
