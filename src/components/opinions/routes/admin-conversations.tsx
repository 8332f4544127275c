// Admin pages for conversations: the overview, creating, editing and closing. Every route checks
// the role on the server and loads conversations of this site only.
import type { FastifyInstance } from "fastify";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import { registerRuleSettings } from "../../../core/participation/settings-route";
import { OPINION_RULE_DEFAULTS, opinionActionKey } from "../participation";
import type { Services } from "../../../core/services";
import { emptyForm } from "../../../core/views/forms";
import { createConversation, seedLines } from "../commands/create-conversation";
import { closeConversation, updateConversation } from "../commands/update-conversation";
import { conversationPhase, mayManageConversations } from "../permissions";
import { listConversations, type ConversationSettings } from "../store/conversations";
import { countPendingByConversation, listStatements } from "../store/statements";
import type { Conversation } from "../store/tables";
import { AdminListPage } from "../views/admin-list-page";
import { ConversationFormPage } from "../views/conversation-form-page";
import { notFound } from "../../../core/http/errors";
import { loadConversation } from "./load";
import { endOfLocalDay, lastOpenDay, localDate, startOfLocalDay } from "./local-dates";
import { conversationForm } from "./schemas";
import type { z } from "zod";

const MANAGERS = ["admin", "official"] as const;

export function registerAdminConversationRoutes(app: FastifyInstance, services: Services): void {
  // Who may answer and add statements: the core participation rules' settings page.
  registerRuleSettings(app, services, {
    component: "opinions",
    defaults: () => OPINION_RULE_DEFAULTS,
    actionKey: opinionActionKey,
    levels: ["none", "email", "identity"],
    path: "/admin/gesprekken/:id/deelname",
    authorize: (request) => requireRole(request.user, ...MANAGERS).id,
    loadProcess: async (request) => {
      const c = await loadConversation(request, services);
      return { id: c.id, title: c.topic, back: "/admin/gesprekken" };
    },
  });

  const db = services.db.kysely;

  app.get("/admin/gesprekken", async (request, reply) => {
    requireRole(request.user, "admin", "official", "moderator");
    const now = services.clock();
    const [conversations, pending] = await Promise.all([
      listConversations(db, request.site.id),
      countPendingByConversation(db, request.site.id),
    ]);
    const rows = conversations.map((conversation) => ({
      conversation,
      phase: conversationPhase(conversation, now),
      pending: pending.get(conversation.id) ?? 0,
    }));
    return sendPage(
      reply,
      <AdminListPage ctx={request.pageContext()} rows={rows} mayManage={mayManageConversations(request.user)} />,
    );
  });

  app.get("/admin/gesprekken/nieuw", async (request, reply) => {
    requireRole(request.user, ...MANAGERS);
    const today = localDate(services.clock().toISOString());
    const form = emptyForm({ statementMode: "moderated", participation: "anonymous", opensOn: today });
    return sendPage(reply, <ConversationFormPage ctx={request.pageContext()} form={form} />);
  });

  app.post("/admin/gesprekken/nieuw", async (request, reply) => {
    const user = requireRole(request.user, ...MANAGERS);
    const parsed = parseForm(conversationForm, request.body);
    if (!parsed.ok)
      return sendPage(reply, <ConversationFormPage ctx={request.pageContext()} form={parsed.form} />, 400);
    const conversation = await createConversation(services, {
      siteId: request.site.id,
      actorUserId: user.id,
      settings: settingsFrom(parsed.data),
      seedStatements: seedLines(parsed.data.seeds),
    });
    return redirectWithFlash(reply, `/gesprekken/${conversation.id}`, "opinions.flash.created");
  });

  app.get("/admin/gesprekken/:id", async (request, reply) => {
    requireRole(request.user, ...MANAGERS);
    const conversation = await editable(await loadConversation(request, services));
    const seeds = (await listStatements(db, conversation.id, ["accepted"])).filter((s) => s.is_seed).map((s) => s.text);
    return sendPage(
      reply,
      <ConversationFormPage
        ctx={request.pageContext()}
        form={emptyForm(formValuesOf(conversation))}
        conversationId={conversation.id}
        seeds={seeds}
      />,
    );
  });

  app.post("/admin/gesprekken/:id", async (request, reply) => {
    const user = requireRole(request.user, ...MANAGERS);
    const conversation = await editable(await loadConversation(request, services));
    const parsed = parseForm(conversationForm, request.body);
    if (!parsed.ok) {
      const seeds = (await listStatements(db, conversation.id, ["accepted"]))
        .filter((s) => s.is_seed)
        .map((s) => s.text);
      return sendPage(
        reply,
        <ConversationFormPage
          ctx={request.pageContext()}
          form={parsed.form}
          conversationId={conversation.id}
          seeds={seeds}
        />,
        400,
      );
    }
    await updateConversation(services, {
      siteId: request.site.id,
      conversationId: conversation.id,
      actorUserId: user.id,
      settings: settingsFrom(parsed.data),
      newSeedStatements: seedLines(parsed.data.seeds),
    });
    return redirectWithFlash(reply, `/admin/gesprekken`, "opinions.flash.saved");
  });

  app.post("/admin/gesprekken/:id/sluiten", async (request, reply) => {
    const user = requireRole(request.user, ...MANAGERS);
    const conversation = await loadConversation(request, services);
    await closeConversation(services, {
      siteId: request.site.id,
      conversationId: conversation.id,
      actorUserId: user.id,
    });
    return redirectWithFlash(reply, `/admin/gesprekken`, "opinions.flash.closed");
  });
}

/** An imported conversation is a record of the past: it is not edited. */
async function editable(conversation: Conversation): Promise<Conversation> {
  if (conversation.imported) throw notFound();
  return conversation;
}

function settingsFrom(data: z.infer<typeof conversationForm>): ConversationSettings {
  return {
    topic: data.topic,
    introduction: data.introduction,
    statementMode: data.statementMode,
    participation: data.participation,
    opensAt: startOfLocalDay(data.opensOn),
    closesAt: data.closesOn ? endOfLocalDay(data.closesOn) : null,
  };
}

function formValuesOf(c: Conversation): Record<string, string> {
  return {
    topic: c.topic,
    introduction: c.introduction,
    statementMode: c.statement_mode,
    participation: c.participation,
    opensOn: localDate(c.opens_at),
    closesOn: c.closes_at ? lastOpenDay(c.closes_at) : "",
    seeds: "",
  };
}
