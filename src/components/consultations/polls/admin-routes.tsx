// Staff pages for polls: a consultation's polls, adding one, editing one (with its results so far)
// and closing it. Officials and admins of the site; every write has a CSRF token and is audited.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { audit } from "../../../core/audit/log";
import { notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseFormWith } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import { emptyForm, Form, type FormState, PostButton } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { userLang } from "../../../core/views/user-text";
import { idParam, loadConsultation, requireConsultationStaff } from "../routes/load";
import type { ConsultationRow } from "../store/tables";
import { BackLink } from "../views/staff-nav";
import { SimpleFormPage } from "../views/simple-form-page";
import { PollFields } from "./poll-fields";
import { choicesChangeAllowed, type PollInput, parseChoices, pollSchema } from "./poll-form";
import { pollResults } from "./poll-results";
import { PollResultsChart } from "./results-chart";
import { closePoll, createPoll, getPoll, type Poll, pollsOf, updatePoll, voteCount, voteCounts } from "./store";

/** The form's input, or the form again with every error beside its field. */
function readPollForm(body: unknown, locked: Poll | null, votes: number) {
  let choices: string[] = [];
  const result = parseFormWith(pollSchema, body, (values) => {
    const parsed = parseChoices(values.choices ?? "");
    if (!parsed.ok) return [{ field: "choices", messageKey: parsed.key }];
    choices = parsed.choices;
    if (
      locked &&
      !choicesChangeAllowed(
        locked.choices.map((c) => c.label),
        choices,
        votes,
      )
    )
      return [{ field: "choices", messageKey: "consultations.polls.errors.locked" }];
    return [];
  });
  if (!result.ok) return { ok: false as const, form: result.form };
  const input: PollInput = { ...result.data, choices };
  return { ok: true as const, input };
}

const pollValues = (p: Poll) => ({
  question: p.question,
  choices: p.choices.map((c) => c.label).join("\n"),
  results: p.results,
  onHome: String(p.on_home),
  published: String(p.published),
});

export function registerPollAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function loadPoll(request: FastifyRequest, id: unknown) {
    const poll = await getPoll(db, request.site.id, idParam(id));
    if (!poll) throw notFound();
    return poll;
  }

  const newPage = (request: FastifyRequest, c: ConsultationRow, form: FormState) => {
    const ctx = request.pageContext();
    return (
      <SimpleFormPage
        ctx={ctx}
        title={ctx.t("consultations.polls.admin.newTitle")}
        action={`/admin/raadplegingen/${c.id}/peilingen/nieuw`}
        form={form}
        submitLabel={ctx.t("consultations.form.save")}
        back={`/admin/raadplegingen/${c.id}/peilingen`}
      >
        <PollFields ctx={ctx} form={form} locked={false} />
      </SimpleFormPage>
    );
  };

  async function editPage(request: FastifyRequest, poll: Poll, form: FormState) {
    const ctx = request.pageContext();
    const { t } = ctx;
    const [votes, counts] = await Promise.all([voteCount(db, poll.id), voteCounts(db, poll.id)]);
    const title = t("consultations.polls.admin.editTitle");
    return (
      <Layout ctx={ctx} title={title}>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {poll.closed_at ? t("consultations.polls.closed") : t("consultations.polls.admin.isOpen")}
        </p>
        <SimpleFormBody request={request} poll={poll} form={form} locked={votes > 0} />
        <section aria-labelledby="poll-results-title">
          <h2 class="utrecht-heading-2" id="poll-results-title">
            {t("consultations.polls.admin.results")}
          </h2>
          <PollResultsChart ctx={ctx} id={`poll-${poll.id}-results`} results={pollResults(poll.choices, counts)} />
        </section>
        {poll.closed_at ? null : (
          <PostButton
            ctx={ctx}
            action={`/admin/peilingen/${poll.id}/sluiten`}
            label={t("consultations.polls.admin.close")}
          />
        )}
        <BackLink
          ctx={ctx}
          href={`/admin/raadplegingen/${poll.consultation_id}/peilingen`}
          labelKey="consultations.polls.admin.back"
        />
      </Layout>
    );
  }

  app.get<{ Params: { id: string } }>("/admin/raadplegingen/:id/peilingen", async (request, reply) => {
    requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const polls = await pollsOf(db, c.id, false);
    const ctx = request.pageContext();
    const { t } = ctx;
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t("consultations.polls.admin.listTitle")}>
        <h1 class="utrecht-heading-1">{t("consultations.polls.admin.listTitle")}</h1>
        {polls.length ? (
          <ul class="utrecht-unordered-list">
            {polls.map((p) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={`/admin/peilingen/${p.id}`} {...userLang(ctx)}>
                  {p.question}
                </a>{" "}
                (
                {t(
                  p.closed_at
                    ? "consultations.polls.closed"
                    : p.published
                      ? "consultations.form.public"
                      : "consultations.form.draft",
                )}
                )
              </li>
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph">{t("consultations.polls.admin.none")}</p>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/admin/raadplegingen/${c.id}/peilingen/nieuw`}>
            {t("consultations.polls.admin.newLink")}
          </a>
        </p>
        <BackLink ctx={ctx} href={`/admin/raadplegingen/${c.id}`} labelKey="consultations.admin.backToConsultation" />
      </Layout>,
    );
  });

  app.get<{ Params: { id: string } }>("/admin/raadplegingen/:id/peilingen/nieuw", async (request, reply) => {
    requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const form = emptyForm({ results: "afterVote", onHome: "0", published: "0" });
    return sendPage(reply, newPage(request, c, form));
  });

  app.post<{ Params: { id: string } }>("/admin/raadplegingen/:id/peilingen/nieuw", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const read = readPollForm(request.body, null, 0);
    if (!read.ok) return sendPage(reply, newPage(request, c, read.form), 400);
    const now = services.clock();
    const id = await db.transaction().execute(async (trx) => {
      const id = await createPoll(trx, request.site.id, c.id, read.input, now);
      const entry = { siteId: request.site.id, actorUserId: user.id, subject: `poll:${id}` };
      await audit(
        trx,
        { ...entry, action: "consultations.poll.created", details: { question: read.input.question } },
        now,
      );
      return id;
    });
    return redirectWithFlash(reply, `/admin/peilingen/${id}`, "consultations.flash.saved");
  });

  app.get<{ Params: { id: string } }>("/admin/peilingen/:id", async (request, reply) => {
    requireConsultationStaff(request);
    const poll = await loadPoll(request, request.params.id);
    return sendPage(reply, await editPage(request, poll, emptyForm(pollValues(poll))));
  });

  app.post<{ Params: { id: string } }>("/admin/peilingen/:id", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const poll = await loadPoll(request, request.params.id);
    const now = services.clock();
    const saved = await db.transaction().execute(async (trx) => {
      // Counted inside the transaction: a vote arriving meanwhile cannot slip past the lock.
      const read = readPollForm(request.body, poll, await voteCount(trx, poll.id));
      if (!read.ok) return read;
      await updatePoll(trx, poll, read.input, now);
      const entry = { siteId: request.site.id, actorUserId: user.id, subject: `poll:${poll.id}` };
      await audit(
        trx,
        { ...entry, action: "consultations.poll.updated", details: { question: read.input.question } },
        now,
      );
      return read;
    });
    if (!saved.ok) return sendPage(reply, await editPage(request, poll, saved.form), 400);
    return redirectWithFlash(reply, `/admin/peilingen/${poll.id}`, "consultations.flash.saved");
  });

  app.post<{ Params: { id: string } }>("/admin/peilingen/:id/sluiten", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const poll = await loadPoll(request, request.params.id);
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      if (!(await closePoll(trx, poll.id, now))) return;
      const entry = { siteId: request.site.id, actorUserId: user.id, subject: `poll:${poll.id}` };
      await audit(trx, { ...entry, action: "consultations.poll.closed", details: { question: poll.question } }, now);
    });
    return redirectWithFlash(reply, `/admin/peilingen/${poll.id}`, "consultations.polls.flash.closed");
  });
}

function SimpleFormBody({
  request,
  poll,
  form,
  locked,
}: {
  request: FastifyRequest;
  poll: Poll;
  form: FormState;
  locked: boolean;
}) {
  const ctx = request.pageContext();
  return (
    <Form ctx={ctx} action={`/admin/peilingen/${poll.id}`} form={form} submitLabel={ctx.t("consultations.form.save")}>
      <PollFields ctx={ctx} form={form} locked={locked} />
    </Form>
  );
}
