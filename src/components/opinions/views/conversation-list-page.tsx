// The public list of a site's conversations, open ones first.
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import type { ConversationPhase } from "../permissions";
import type { Conversation } from "../store/tables";
import { phaseText } from "./conversation-status";
import { userLang } from "../../../core/views/user-text";

export interface ListedConversation {
  conversation: Conversation;
  phase: ConversationPhase;
}

export function ConversationListPage({ ctx, items }: { ctx: PageContext; items: ListedConversation[] }) {
  const { t } = ctx;
  const order: Record<ConversationPhase, number> = { open: 0, upcoming: 1, closed: 2 };
  const sorted = [...items].sort((a, b) => order[a.phase] - order[b.phase]);
  return (
    <Layout ctx={ctx} title={t("opinions.list.title")}>
      <h1 class="utrecht-heading-1">{t("opinions.list.title")}</h1>
      <p class="utrecht-paragraph">{t("opinions.list.intro")}</p>
      {sorted.length === 0 ? (
        <p class="utrecht-paragraph">{t("opinions.list.empty")}</p>
      ) : (
        <ul class="utrecht-unordered-list opinion-list">
          {sorted.map(({ conversation, phase }) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`/gesprekken/${conversation.id}`} {...userLang(ctx)}>
                {conversation.topic}
              </a>
              <span class="opinion-list__phase"> — {phaseText(ctx, conversation, phase)}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
