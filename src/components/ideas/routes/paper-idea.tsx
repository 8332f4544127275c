// An idea proposed on paper, entered by officials and admins (/admin/ideeen/papier/nieuw,
// docs/paper.md): the process's fields as online (title, text, area, category), the proposer (an
// account by e-mail address, or the written name), and where the paper came from.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FieldError } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formValues, parseFormWith } from "../../../core/http/validation";
import { listBatches, paperMeetings } from "../../../core/paper/batches";
import { tidyName } from "../../../core/paper/person";
import { readSource, SourceFields } from "../../../core/paper/source-form";
import { requireRole } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { listAreas } from "../../../core/sites/store";
import { emptyForm, Field, Form, type FormState, SelectField } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { enterPaperIdea, type PaperProposer } from "../commands/paper-idea";
import { CATEGORIES } from "../domain/categories";
import { areaOfSite } from "./public";
import { ideaForm } from "./schemas";

const NAME_MAX = 100;

export function registerPaperIdeaRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  const page = async (request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) => {
    const ctx = request.pageContext();
    const t = ctx.t;
    const [areas, batches, meetings] = await Promise.all([
      listAreas(db, request.site.id),
      listBatches(db, request.site.id),
      paperMeetings(services, request.site.id),
    ]);
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t("paper.idea.title")}>
        <h1 class="utrecht-heading-1">{t("paper.idea.title")}</h1>
        <p class="utrecht-paragraph">
          {t("paper.idea.intro")}{" "}
          <a class="utrecht-link" href="/ideeen/formulier">
            {t("paper.idea.printForm")}
          </a>
        </p>
        <Form ctx={ctx} action="/admin/ideeen/papier/nieuw" form={form} submitLabel={t("paper.idea.submit")}>
          <SourceFields ctx={ctx} form={form} batches={batches} meetings={meetings} />
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">{t("paper.idea.proposer")}</legend>
            <Field
              ctx={ctx}
              form={form}
              name="proposerName"
              label={t("paper.idea.proposerName")}
              hint={t("paper.idea.proposerNameHint")}
              maxLength={NAME_MAX}
            />
            <Field
              ctx={ctx}
              form={form}
              name="proposerEmail"
              type="email"
              label={t("paper.idea.proposerEmail")}
              hint={t("paper.idea.proposerEmailHint")}
              maxLength={254}
            />
          </fieldset>
          <Field ctx={ctx} form={form} name="title" label={t("ideas.fields.title")} maxLength={120} required />
          <Field
            ctx={ctx}
            form={form}
            name="body"
            label={t("ideas.fields.body")}
            hint={t("ideas.fields.markdownHint")}
            multiline
            rows={10}
            maxLength={5000}
            required
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="areaId"
            label={t("ideas.fields.area")}
            options={[
              { value: "", label: t("ideas.fields.chooseArea") },
              ...areas.map((a) => ({ value: String(a.id), label: a.name })),
            ]}
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="category"
            label={t("ideas.fields.category")}
            options={[
              { value: "", label: t("ideas.fields.noCategory") },
              ...CATEGORIES.map((c) => ({ value: c, label: t(`ideas.category.${c}`) })),
            ]}
          />
        </Form>
      </Layout>,
      status,
    );
  };

  app.get("/admin/ideeen/papier/nieuw", async (request, reply) => {
    requireRole(request.user, "official", "admin");
    return page(request, reply, emptyForm());
  });

  app.post("/admin/ideeen/papier/nieuw", async (request, reply) => {
    const staff = requireRole(request.user, "official", "admin");
    const values = formValues(request.body);
    const [areas, batches, meetings] = await Promise.all([
      listAreas(db, request.site.id),
      listBatches(db, request.site.id),
      paperMeetings(services, request.site.id),
    ]);
    const source = readSource(values, batches, meetings);
    // The proposer: an account of this site by its address, else the written name.
    const email = (values.proposerEmail ?? "").trim().toLowerCase();
    const name = tidyName(values.proposerName ?? "");
    let proposer: PaperProposer | null = null;
    const proposerErrors: FieldError[] = [];
    if (email) {
      const account = await db
        .selectFrom("users")
        .select("id")
        .where("site_id", "=", request.site.id)
        .where("email", "=", email)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      if (account) proposer = { userId: account.id };
      else proposerErrors.push({ field: "proposerEmail", messageKey: "paper.errors.account" });
    } else if (!name) proposerErrors.push({ field: "proposerName", messageKey: "paper.errors.proposer" });
    else if (name.length > NAME_MAX) proposerErrors.push({ field: "proposerName", messageKey: "forms.errors.tooLong" });
    else proposer = { name };
    const result = parseFormWith(ideaForm, request.body, (v) => [
      ...areaOfSite(areas)(v),
      ...(source.ok ? [] : source.errors),
      ...proposerErrors,
    ]);
    if (!result.ok || !source.ok || !proposer) {
      const form = result.ok
        ? { values, errors: [...(source.ok ? [] : source.errors), ...proposerErrors] }
        : result.form;
      return page(request, reply, form, 400);
    }
    const id = await enterPaperIdea(services, request.site, staff, result.data, proposer, source.source);
    return redirectWithFlash(reply, `/ideeen/${id}`, "paper.flash.ideaSaved");
  });
}
