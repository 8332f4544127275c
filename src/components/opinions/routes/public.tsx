// Public pages: the list of conversations, a conversation's voting page, my answers, the report
// and the open-data downloads.
import type { FastifyInstance } from "fastify";
import { notFound } from "../../../core/http/errors";
import { sendPage } from "../../../core/http/render";
import type { Services } from "../../../core/services";
import { exportConversation } from "../commands/export-conversation";
import { nextStatement } from "../commands/next-statement";
import { conversationPhase, participationRefusal } from "../permissions";
import { currentAnalysis } from "../store/analysis-cache";
import { listConversations } from "../store/conversations";
import { countParticipants } from "../store/participants";
import { listStatements } from "../store/statements";
import { verifiedVoteCounts, voteCountsByStatement, votesOfParticipant } from "../store/votes";
import { opinionRule } from "../participation";
import { ConversationListPage } from "../views/conversation-list-page";
import { MyAnswersPage } from "../views/my-answers-page";
import { ReportPage } from "../views/report-page";
import { VotingPage } from "../views/voting-page";
import { loadConversation } from "./load";
import { currentParticipantId } from "./participant-identity";
import { exportParams } from "./schemas";
import type { FormState } from "../../../core/views/forms";

export function registerPublicRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/gesprekken", async (request, reply) => {
    const now = services.clock();
    const conversations = await listConversations(db, request.site.id);
    const items = conversations.map((conversation) => ({ conversation, phase: conversationPhase(conversation, now) }));
    return sendPage(reply, <ConversationListPage ctx={request.pageContext()} items={items} />);
  });

  app.get("/gesprekken/:id", async (request, reply) => renderVotingPage(request, reply, services));

  app.get("/gesprekken/:id/mijn-antwoorden", async (request, reply) => {
    const conversation = await loadConversation(request, services);
    const participantId = await currentParticipantId(db, request, services, conversation.id);
    const accepted = new Map((await listStatements(db, conversation.id, ["accepted"])).map((s) => [s.id, s.text]));
    const votes = participantId === null ? [] : await votesOfParticipant(db, participantId);
    const answers = votes
      .filter((v) => accepted.has(v.statementId))
      .map((v) => ({ statementId: v.statementId, text: accepted.get(v.statementId)!, vote: v.vote }));
    const open = participationRefusal(conversation, request.user, services.clock()) === null;
    reply.header("Cache-Control", "private, no-store");
    return sendPage(
      reply,
      <MyAnswersPage
        ctx={request.pageContext()}
        conversationId={conversation.id}
        topic={conversation.topic}
        answers={answers}
        open={open}
      />,
    );
  });

  app.get("/gesprekken/:id/resultaten", async (request, reply) => {
    const conversation = await loadConversation(request, services);
    const [statements, counts, participants, analysis, answers] = await Promise.all([
      listStatements(db, conversation.id, ["accepted"]),
      voteCountsByStatement(db, conversation.id),
      countParticipants(db, conversation.id),
      currentAnalysis(db, conversation.id),
      verifiedVoteCounts(db, conversation.id),
    ]);
    return sendPage(
      reply,
      <ReportPage
        ctx={request.pageContext()}
        conversation={conversation}
        phase={conversationPhase(conversation, services.clock())}
        statements={new Map(statements.map((s) => [s.id, s.text]))}
        counts={counts}
        participants={participants}
        answers={answers}
        analysis={analysis}
      />,
    );
  });

  app.get("/gesprekken/:id/export/:file", async (request, reply) => {
    const params = exportParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const conversation = await loadConversation(request, services);
    const files = await exportConversation(services, conversation, `${request.siteUrl}/gesprekken/${conversation.id}`);
    return reply
      .type("text/csv; charset=utf-8")
      .header("Content-Disposition", `attachment; filename="${params.data.file}"`)
      .send(files[params.data.file]);
  });
}

export async function renderVotingPage(
  request: import("fastify").FastifyRequest,
  reply: import("fastify").FastifyReply,
  services: Services,
  statementForm?: FormState,
) {
  const db = services.db.kysely;
  const conversation = await loadConversation(request, services);
  const now = services.clock();
  const participantId = await currentParticipantId(db, request, services, conversation.id);
  const { statement, progress } = await nextStatement(services, conversation.id, participantId);
  const [vote, add] = await Promise.all(
    (["vote", "statement"] as const).map((a) => opinionRule(services, request.site, request.user, conversation, a)),
  );
  reply.header("Cache-Control", "private, no-store");
  return sendPage(
    reply,
    <VotingPage
      ctx={request.pageContext()}
      conversation={conversation}
      phase={conversationPhase(conversation, now)}
      refusal={participationRefusal(conversation, request.user, now)}
      rules={{ vote: vote!, statement: add! }}
      statement={statement}
      progress={progress}
      statementForm={statementForm}
    />,
    statementForm ? 400 : 200,
  );
}
