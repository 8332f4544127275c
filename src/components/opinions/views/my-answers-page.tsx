// Every answer a participant gave, with buttons to change it. The current answer's button is
// marked as pressed, so it is clear without colour.
import type { PageContext } from "../../../core/views/context";
import { CsrfField } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import type { VoteValue } from "../store/votes";

export interface Answer {
  statementId: number;
  text: string;
  vote: VoteValue;
}

const CHOICES = [
  ["agree", 1],
  ["disagree", -1],
  ["pass", 0],
] as const;

export function MyAnswersPage({
  ctx,
  conversationId,
  topic,
  answers,
  open,
}: {
  ctx: PageContext;
  conversationId: number;
  topic: string;
  answers: Answer[];
  open: boolean;
}) {
  const { t } = ctx;
  const title = t("opinions.answers.title");
  return (
    <Layout ctx={ctx} title={`${title} · ${topic}`}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/gesprekken/${conversationId}`}>
          {t("opinions.answers.back", { topic })}
        </a>
      </p>
      {answers.length === 0 ? (
        <p class="utrecht-paragraph">{t("opinions.answers.none")}</p>
      ) : (
        <ol class="utrecht-ordered-list opinion-answers">
          {answers.map((a) => (
            <li class="utrecht-ordered-list__item opinion-answers__item">
              <p class="utrecht-paragraph">{a.text}</p>
              <p class="utrecht-paragraph">
                {t("opinions.answers.current", {
                  answer: t(`opinions.vote.${CHOICES.find(([, v]) => v === a.vote)![0]}`),
                })}
              </p>
              {open ? (
                <form method="post" action={`/gesprekken/${conversationId}/stemmen`} class="opinion-answers__form">
                  <CsrfField ctx={ctx} />
                  <input type="hidden" name="statement" value={String(a.statementId)} />
                  <input type="hidden" name="terug" value="antwoorden" />
                  <fieldset class="opinion-answers__choices">
                    <legend class="visually-hidden">{t("opinions.answers.change")}</legend>
                    <div class="utrecht-button-group">
                      {CHOICES.map(([choice, value]) => (
                        <button
                          type="submit"
                          name="vote"
                          value={choice}
                          aria-pressed={a.vote === value ? "true" : "false"}
                          class={
                            a.vote === value
                              ? "utrecht-button utrecht-button--primary-action"
                              : "utrecht-button utrecht-button--secondary-action"
                          }
                        >
                          {t(`opinions.vote.${choice}`)}
                        </button>
                      ))}
                    </div>
                  </fieldset>
                </form>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}
