// Officials' and the council's pages: dashboard, council list and agenda (print and CSV), and the
// forms to schedule, answer, post an update and record progress. Roles are checked per route.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { emptyForm, Field, SelectField, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { advanceIdea, answerIdea, postUpdate, scheduleIdea } from "../commands/council-and-officials";
import { writeCsv } from "../../../core/csv";
import { progressOptions } from "../domain/progress-options";
import { ANSWER_KINDS } from "../domain/states";
import { councilList, ideasWithoutReaction } from "../store/staff-lists";
import { CouncilPage, DashboardPage } from "../views/admin-pages";
import { SimpleFormPage } from "../views/simple-form-page";
import { registerSettingsRoutes } from "./settings";
import { loadVisibleIdea, parseParams } from "./load";
import { advanceForm, answerForm, ideaParams, scheduleForm, updateForm } from "./schemas";

type LoadedIdea = Awaited<ReturnType<typeof loadVisibleIdea>>;

export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/admin/ideeen", async (request, reply) => {
    requireRole(request.user, "official", "admin");
    const now = services.clock();
    const [quiet, council] = await Promise.all([
      ideasWithoutReaction(db, request.site.id, now),
      councilList(db, request.site.id),
    ]);
    return sendPage(reply, <DashboardPage ctx={request.pageContext()} quiet={quiet} council={council} now={now} />);
  });

  for (const printable of [false, true]) {
    app.get(printable ? "/admin/ideeen/raad/agenda" : "/admin/ideeen/raad", async (request, reply) => {
      requireRole(request.user, "council", "official", "admin");
      return sendPage(
        reply,
        <CouncilPage
          ctx={request.pageContext()}
          ideas={await councilList(db, request.site.id)}
          now={services.clock()}
          printable={printable}
        />,
      );
    });
  }

  app.get("/admin/ideeen/raad/agenda.csv", async (request, reply) => {
    requireRole(request.user, "council", "official", "admin");
    const ideas = await councilList(db, request.site.id);
    const t = request.t;
    const csv = writeCsv([
      ["id", "title", "area", "state", "supports", "forwarded_at", "due_at", "meeting_at", "url"],
      ...ideas.map((i) => [
        i.id,
        i.title,
        i.area_name,
        t(`ideas.state.${i.state}`),
        i.support_count,
        i.forwarded_at,
        i.due_at,
        i.meeting_at,
        `${request.siteUrl}/ideeen/${i.id}`,
      ]),
    ]);
    return reply
      .type("text/csv; charset=utf-8")
      .header("Content-Disposition", 'attachment; filename="agenda.csv"')
      .send(csv);
  });

  /** A staff form about one idea: role check first, then the idea of this site, then the form. */
  const ideaForm = <T,>(opts: {
    path: string;
    roles: ("council" | "official")[];
    titleKey: string;
    submitKey: string;
    fields: (request: FastifyRequest, form: FormState, idea: LoadedIdea) => preact.ComponentChildren;
    /** The form's schema, or one made for the moment of the request (rules about dates). */
    schema: Parameters<typeof parseForm>[0] | ((now: Date) => Parameters<typeof parseForm>[0]);
    run: (request: FastifyRequest, id: number, data: T) => Promise<void>;
    flash: string;
    initial?: Record<string, string>;
    /** The steps this idea allows now (from the state machine); none → a page that says so. */
    choices?: (idea: LoadedIdea) => string[];
    /** Which submitted value must be one of `choices`. */
    choiceField?: string;
    noChoiceKey?: string;
  }) => {
    const page = async (request: FastifyRequest, id: number, form: FormState) => {
      const loaded = await loadVisibleIdea(services, request, id);
      const { idea } = loaded;
      const ctx = request.pageContext();
      if (opts.choices && opts.choices(loaded).length === 0) {
        return (
          <Layout ctx={ctx} title={ctx.t(opts.titleKey, { title: idea.title })}>
            <h1 class="utrecht-heading-1">{ctx.t(opts.titleKey, { title: idea.title })}</h1>
            <p class="utrecht-paragraph">{ctx.t(opts.noChoiceKey ?? "staffForms.noStep")}</p>
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`/ideeen/${id}`}>
                {ctx.t("staffForms.backToIdea")}
              </a>
            </p>
          </Layout>
        );
      }
      return (
        <SimpleFormPage
          ctx={ctx}
          title={ctx.t(opts.titleKey, { title: idea.title })}
          action={`/admin/ideeen/${id}/${opts.path}`}
          form={form}
          submitLabel={ctx.t(opts.submitKey)}
          back={`/ideeen/${id}`}
        >
          {opts.fields(request, form, loaded)}
        </SimpleFormPage>
      );
    };
    app.get(`/admin/ideeen/:id/${opts.path}`, async (request, reply) => {
      requireRole(request.user, ...opts.roles, "admin");
      const { id } = parseParams(ideaParams, request.params);
      return sendPage(reply, await page(request, id, emptyForm(opts.initial)));
    });
    app.post(`/admin/ideeen/:id/${opts.path}`, async (request, reply) => {
      requireRole(request.user, ...opts.roles, "admin");
      const { id } = parseParams(ideaParams, request.params);
      const schema = typeof opts.schema === "function" ? opts.schema(services.clock()) : opts.schema;
      const result = parseForm(schema, request.body);
      if (!result.ok) return sendPage(reply, await page(request, id, result.form), 400);
      if (opts.choices && opts.choiceField) {
        // A step the state machine does not allow now (another official was quicker, or an old
        // page): the form again, or the "no step" page, with a 409 instead of a bare error page.
        const chosen = String((result.data as Record<string, unknown>)[opts.choiceField]);
        if (!opts.choices(await loadVisibleIdea(services, request, id)).includes(chosen)) {
          const form: FormState = {
            values: { [opts.choiceField]: chosen },
            errors: [{ field: opts.choiceField, messageKey: "staffForms.stepNotAllowed" }],
          };
          return sendPage(reply, await page(request, id, form), 409);
        }
      }
      await opts.run(request, id, result.data as T);
      return redirectWithFlash(reply, `/ideeen/${id}`, opts.flash);
    });
  };

  ideaForm<{ meetingDate: string }>({
    path: "agenderen",
    roles: ["council"],
    titleKey: "ideas.admin.scheduleTitle",
    submitKey: "ideas.admin.scheduleSubmit",
    schema: scheduleForm,
    flash: "ideas.flash.scheduled",
    fields: (r, form) => (
      <Field
        ctx={r.pageContext()}
        form={form}
        name="meetingDate"
        type="date"
        label={r.t("ideas.admin.meetingDate")}
        hint={r.t("ideas.admin.meetingDateHint")}
      />
    ),
    run: (r, id, d) => scheduleIdea(services, r.site, r.user!, id, `${d.meetingDate}T00:00:00.000Z`),
  });

  ideaForm<{ kind: (typeof ANSWER_KINDS)[number]; text: string }>({
    path: "antwoorden",
    roles: ["official"],
    titleKey: "ideas.admin.answerTitle",
    submitKey: "ideas.admin.answerSubmit",
    schema: answerForm,
    flash: "ideas.flash.answered",
    fields: (r, form) => (
      <>
        <SelectField
          ctx={r.pageContext()}
          form={form}
          name="kind"
          label={r.t("ideas.admin.answerKind")}
          options={[
            { value: "", label: r.t("ideas.admin.chooseKind") },
            ...ANSWER_KINDS.map((k) => ({ value: k, label: r.t(`ideas.answerKind.${k}`) })),
          ]}
        />
        <Field
          ctx={r.pageContext()}
          form={form}
          name="text"
          label={r.t("ideas.admin.answerText")}
          hint={r.t("ideas.admin.answerHint")}
          multiline
          rows={10}
          maxLength={10000}
        />
      </>
    ),
    run: (r, id, d) => answerIdea(services, r.site, r.user!, id, d.kind, d.text),
  });

  ideaForm<{ text: string }>({
    path: "bericht",
    roles: ["official"],
    titleKey: "ideas.admin.updateTitle",
    submitKey: "ideas.admin.updateSubmit",
    schema: updateForm,
    flash: "ideas.flash.updated",
    fields: (r, form) => (
      <Field
        ctx={r.pageContext()}
        form={form}
        name="text"
        label={r.t("ideas.admin.updateText")}
        hint={r.t("ideas.fields.markdownHint")}
        multiline
        rows={6}
        maxLength={5000}
      />
    ),
    run: (r, id, d) => postUpdate(services, r.site, r.user!, id, d.text),
  });

  ideaForm<{ action: "start" | "complete" }>({
    path: "voortgang",
    roles: ["official"],
    titleKey: "ideas.admin.progressTitle",
    submitKey: "ideas.admin.progressSubmit",
    schema: advanceForm,
    flash: "ideas.flash.progress",
    choices: (loaded) => progressOptions({ state: loaded.state, answerKind: loaded.idea.answer_kind }),
    choiceField: "action",
    noChoiceKey: "staffForms.noProgressStep",
    fields: (r, form, loaded) => (
      <SelectField
        ctx={r.pageContext()}
        form={form}
        name="action"
        label={r.t("ideas.admin.progressAction")}
        options={progressOptions({ state: loaded.state, answerKind: loaded.idea.answer_kind }).map((a) => ({
          value: a,
          label: r.t(a === "start" ? "ideas.state.in_progress" : "ideas.state.completed"),
        }))}
      />
    ),
    run: (r, id, d) => advanceIdea(services, r.site, r.user!, id, d.action),
  });

  registerSettingsRoutes(app, services);
}
