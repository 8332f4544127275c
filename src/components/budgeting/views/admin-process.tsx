// Managing one process: phase, projects (with review links), voting codes, paper ballots,
// implementation updates and the .pb export. Admins see everything; officials the parts they do.
import type { VNode } from "preact";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, SelectField, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { editable, processClosed, votingOpen } from "../domain/process-rules";
import { mayManage } from "../permissions";
import type { BallotSource, BudgetProcess, BudgetProject } from "../store/tables";
import { formatMoney } from "./format";
import type { Plan } from "../windows/rules";
import { PhaseForm } from "../windows/phase-form";

export interface AdminProcessProps {
  ctx: PageContext;
  process: BudgetProcess;
  projects: BudgetProject[];
  ballots: Record<BallotSource, number>;
  codes: { total: number; used: number };
  projectForm?: FormState;
  updateForm?: FormState;
  codesForm?: FormState;
  phaseForm?: FormState;
  /** The process's time plan (windows/), or null. */
  plan?: Plan | null;
  /** The location field of the add-project form and its map assets (routes/location.tsx). */
  location?: { head: VNode; field: VNode };
  /** Areas with a pool: voting codes can be made for the addresses of one of them. */
  poolAreas?: { id: number; name: string }[];
}

export function AdminProcessPage(props: AdminProcessProps) {
  const { ctx, process, projects } = props;
  const { t } = ctx;
  const admin = mayManage(ctx.user);
  const base = `/admin/begroting/${process.id}`;
  const money = (n: number) => formatMoney(ctx.lang, n, process.currency);
  return (
    <Layout ctx={ctx} title={process.title} head={props.location?.head}>
      <h1 class="utrecht-heading-1">{process.title}</h1>
      <p class="utrecht-paragraph">
        {t("budgeting.admin.status", {
          phase: t(`budgeting.phase.${process.phase}`),
          budget: money(process.budget),
        })}{" "}
        <a class="utrecht-link" href={`/begroting/${process.id}`}>
          {t("budgeting.admin.publicPage")}
        </a>
        {admin && editable(process) ? (
          <>
            {" · "}
            <a class="utrecht-link" href={`${base}/instellingen`}>
              {t("budgeting.admin.settings")}
            </a>
            {" · "}
            <a class="utrecht-link" href={`${base}/deelname`}>
              {t("participation.settings.title")}
            </a>
            {" · "}
            <a class="utrecht-link" href={`${base}/potten`}>
              {t("budgeting.pools.admin.link")}
            </a>
          </>
        ) : null}
      </p>
      <p class="utrecht-paragraph">
        {t("budgeting.admin.ballotCounts", {
          online: props.ballots.online,
          code: props.ballots.code,
          paper: props.ballots.paper,
          imported: props.ballots.import,
        })}
      </p>
      {admin ? <PhaseForm ctx={ctx} process={process} plan={props.plan ?? null} form={props.phaseForm} /> : null}
      <h2 class="utrecht-heading-2">{t("budgeting.process.projectsHeading")}</h2>
      <ul class="utrecht-unordered-list">
        {projects.map((p) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`${base}/projecten/${p.id}`}>
              {p.title}
            </a>
            {" — "}
            {p.cost === null ? t("budgeting.process.costUnknown") : money(p.cost)}
            {" · "}
            {t(`budgeting.projectStatus.${p.status}`)}
          </li>
        ))}
      </ul>
      {admin && editable(process) ? (
        <>
          <h3 class="utrecht-heading-3">{t("budgeting.admin.addProject")}</h3>
          <Form
            ctx={ctx}
            action={`${base}/projecten`}
            form={props.projectForm}
            submitLabel={t("budgeting.admin.addProject")}
          >
            <Field
              ctx={ctx}
              form={props.projectForm}
              name="title"
              label={t("budgeting.propose.projectTitle")}
              required
              maxLength={120}
            />
            <Field
              ctx={ctx}
              form={props.projectForm}
              name="description"
              label={t("budgeting.propose.description")}
              multiline
              rows={3}
              maxLength={4000}
            />
            <Field
              ctx={ctx}
              form={props.projectForm}
              name="cost"
              label={t("budgeting.admin.fields.cost")}
              inputMode="numeric"
              required
            />
            {props.location?.field}
          </Form>
        </>
      ) : null}
      {votingOpen(process) ? (
        <>
          <h2 class="utrecht-heading-2">{t("budgeting.admin.votingHeading")}</h2>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${base}/papier`}>
              {t("budgeting.admin.paperLink")}
            </a>
          </p>
        </>
      ) : null}
      {admin && !processClosed(process) ? (
        <>
          <h2 class="utrecht-heading-2">{t("budgeting.admin.codesHeading")}</h2>
          <p class="utrecht-paragraph">
            {t("budgeting.admin.codesStatus", { total: props.codes.total, used: props.codes.used })}
          </p>
          <Form
            ctx={ctx}
            action={`${base}/stemcodes`}
            form={props.codesForm}
            submitLabel={t("budgeting.admin.codesSubmit")}
          >
            <Field
              ctx={ctx}
              form={props.codesForm}
              name="count"
              label={t("budgeting.admin.codesCount")}
              hint={t("budgeting.admin.codesHint")}
              inputMode="numeric"
              required
            />
            {(props.poolAreas ?? []).length > 0 ? (
              <SelectField
                ctx={ctx}
                form={props.codesForm ?? { values: {}, errors: [] }}
                name="areaId"
                label={t("budgeting.pools.codesArea")}
                hint={t("budgeting.pools.codesAreaHint")}
                options={[
                  { value: "", label: t("budgeting.pools.codesNoArea") },
                  ...(props.poolAreas ?? []).map((a) => ({ value: String(a.id), label: a.name })),
                ]}
              />
            ) : null}
          </Form>
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{t("budgeting.admin.updatesHeading")}</h2>
      <Form
        ctx={ctx}
        action={`${base}/updates`}
        form={props.updateForm}
        submitLabel={t("budgeting.admin.updateSubmit")}
      >
        <SelectField
          ctx={ctx}
          form={props.updateForm}
          name="projectId"
          label={t("budgeting.admin.updateProject")}
          options={[
            { value: "", label: t("budgeting.admin.updateWhole") },
            ...projects.map((p) => ({ value: String(p.id), label: p.title })),
          ]}
        />
        <Field
          ctx={ctx}
          form={props.updateForm}
          name="body"
          label={t("budgeting.admin.updateBody")}
          multiline
          rows={4}
          maxLength={4000}
          required
        />
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${base}/stemmen.pb`} download>
          {t("budgeting.admin.export")}
        </a>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/admin/begroting">
          {t("budgeting.admin.backToList")}
        </a>
      </p>
    </Layout>
  );
}
