// The staff form for a meeting (new and edit): every field with label, hint and its own error.
import type { VNode } from "preact";
import type { Area } from "../../../core/db/types";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState, SelectField } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { MEETING_KINDS, REGISTRATION_MODES } from "../domain/meeting";
import { CheckboxField } from "./parts";

export function MeetingFormPage({
  ctx,
  title,
  action,
  form,
  areas,
  location,
  back,
}: {
  ctx: PageContext;
  title: string;
  action: string;
  form: FormState;
  areas: Area[];
  /** The optional location field and its map assets (routes/location.tsx). */
  location?: { head: VNode; field: VNode };
  back: string;
}) {
  const t = ctx.t;
  const f = { ctx, form };
  return (
    <Layout ctx={ctx} title={title} head={location?.head}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Form ctx={ctx} action={action} form={form} submitLabel={t("meetings.admin.save")}>
        <Field {...f} name="title" label={t("meetings.fields.title")} maxLength={120} />
        <Field
          {...f}
          name="description"
          label={t("meetings.fields.description")}
          hint={t("meetings.fields.markdownHint")}
          multiline
          rows={8}
          maxLength={10000}
        />
        <SelectField
          {...f}
          name="kind"
          label={t("meetings.fields.kind")}
          options={[
            { value: "", label: t("meetings.admin.choose") },
            ...MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) })),
          ]}
        />
        <Field {...f} name="date" type="date" label={t("meetings.fields.date")} hint={t("meetings.fields.dateHint")} />
        <Field
          {...f}
          name="startTime"
          label={t("meetings.fields.startTime")}
          hint={t("meetings.fields.timeHint")}
          maxLength={5}
        />
        <Field
          {...f}
          name="endTime"
          label={t("meetings.fields.endTime")}
          hint={t("meetings.fields.timeHint")}
          maxLength={5}
        />
        <Field
          {...f}
          name="place"
          label={t("meetings.fields.place")}
          hint={t("meetings.fields.placeHint")}
          maxLength={300}
        />
        {location?.field}
        <Field
          {...f}
          name="onlineUrl"
          type="url"
          label={t("meetings.fields.onlineUrl")}
          hint={t("meetings.fields.onlineUrlHint")}
          maxLength={500}
        />
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t("meetings.access.heading")}</legend>
          <CheckboxField {...f} name="wheelchair" label={t("meetings.access.wheelchair")} />
          <CheckboxField {...f} name="hearingLoop" label={t("meetings.access.hearingLoop")} />
          <CheckboxField {...f} name="signLanguage" label={t("meetings.access.signLanguage")} />
        </fieldset>
        <Field
          {...f}
          name="organiser"
          label={t("meetings.fields.organiser")}
          hint={t("meetings.fields.organiserHint")}
          maxLength={200}
        />
        <SelectField
          {...f}
          name="areaId"
          label={t("meetings.fields.area")}
          options={[
            { value: "", label: t("meetings.admin.wholeSite") },
            ...areas.map((a) => ({ value: String(a.id), label: a.name })),
          ]}
        />
        <Field
          {...f}
          name="relatedUrl"
          label={t("meetings.fields.relatedUrl")}
          hint={t("meetings.fields.relatedUrlHint")}
          maxLength={300}
        />
        <Field {...f} name="relatedLabel" label={t("meetings.fields.relatedLabel")} maxLength={200} />
        <SelectField
          {...f}
          name="registration"
          label={t("meetings.fields.registration")}
          options={REGISTRATION_MODES.map((m) => ({ value: m, label: t(`meetings.registrationMode.${m}`) }))}
        />
        <Field
          {...f}
          name="capacity"
          label={t("meetings.fields.capacity")}
          hint={t("meetings.fields.capacityHint")}
          inputMode="numeric"
          maxLength={5}
        />
        <CheckboxField
          {...f}
          name="guestsAllowed"
          label={t("meetings.fields.guestsAllowed")}
          hint={t("meetings.fields.guestsAllowedHint")}
        />
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={back}>
          {t("meetings.admin.back")}
        </a>
      </p>
    </Layout>
  );
}
