// A line that says whether a conversation is open and until when, in plain words.
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import type { ConversationPhase } from "../permissions";
import type { Conversation } from "../store/tables";

export function phaseText(ctx: PageContext, c: Conversation, phase: ConversationPhase): string {
  const { t, lang } = ctx;
  if (phase === "upcoming") return t("opinions.phase.upcoming", { date: formatDate(lang, c.opens_at, true) });
  if (phase === "closed")
    return c.imported
      ? t("opinions.phase.imported")
      : t("opinions.phase.closed", { date: formatDate(lang, c.closes_at ?? c.opens_at, true) });
  return c.closes_at
    ? t("opinions.phase.openUntil", { date: formatDate(lang, c.closes_at, true) })
    : t("opinions.phase.open");
}

export function ConversationStatus({
  ctx,
  conversation,
  phase,
}: {
  ctx: PageContext;
  conversation: Conversation;
  phase: ConversationPhase;
}) {
  return <p class="utrecht-paragraph opinion-status">{phaseText(ctx, conversation, phase)}</p>;
}
