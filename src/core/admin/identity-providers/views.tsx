// The identity provider pages: the list (with the addresses to give the broker) and a form to add
// one, and the edit page with a delete button. The secret field is always empty.
import type { IdentityProviderRow } from "../../db/types";
import type { PageContext } from "../../views/context";
import { Field, Form, type FormState, PostButton, SelectField } from "../../views/forms";
import { AdminPage } from "../views/admin-page";

function ProviderFields({ ctx, form, editing }: { ctx: PageContext; form: FormState; editing: boolean }) {
  const { t } = ctx;
  const field = (name: string, extra: { required?: boolean; maxLength?: number; type?: "url" | "password" } = {}) => (
    <Field
      ctx={ctx}
      form={form}
      name={name}
      label={t(`admin.identity.fields.${name}`)}
      hint={t(`admin.identity.hints.${name}`)}
      maxLength={extra.maxLength ?? 200}
      required={extra.required}
      type={extra.type}
    />
  );
  return (
    <>
      {field("label", { required: true, maxLength: 80 })}
      {field("slug", { required: true, maxLength: 40 })}
      {field("issuer", { required: true, maxLength: 500, type: "url" })}
      {field("clientId", { required: true })}
      <Field
        ctx={ctx}
        form={form}
        name="clientSecret"
        type="password"
        label={t("admin.identity.fields.clientSecret")}
        hint={t(editing ? "admin.identity.hints.clientSecretKeep" : "admin.identity.hints.clientSecret")}
        maxLength={500}
        autocomplete="off"
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="clientAuth"
        label={t("admin.identity.fields.clientAuth")}
        hint={t("admin.identity.hints.clientAuth")}
        options={[
          { value: "client_secret_basic", label: t("admin.identity.clientAuth.client_secret_basic") },
          { value: "private_key_jwt", label: t("admin.identity.clientAuth.private_key_jwt") },
        ]}
      />
      {field("scopes", { required: true, maxLength: 500 })}
      {field("acrValues", { maxLength: 500 })}
      {field("claimPostcode", { maxLength: 100 })}
      {field("claimBirthdate", { maxLength: 100 })}
      {field("claimDisplayName", { maxLength: 100 })}
    </>
  );
}

export function ProviderListPage({
  ctx,
  providers,
  fromEnv,
  callbackUrl,
  logoutUrl,
  form,
}: {
  ctx: PageContext;
  providers: IdentityProviderRow[];
  fromEnv: { label: string; issuer: string } | null;
  callbackUrl: string;
  logoutUrl: string;
  form: FormState;
}) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.identity.title")}>
      <p class="utrecht-paragraph">{t("admin.identity.intro")}</p>
      <dl class="account-details">
        <dt>{t("admin.identity.callbackUrl")}</dt>
        <dd>
          <code>{callbackUrl}</code>
        </dd>
        <dt>{t("admin.identity.logoutUrl")}</dt>
        <dd>
          <code>{logoutUrl}</code>
        </dd>
      </dl>
      {fromEnv ? (
        <p class="utrecht-paragraph">{t("admin.identity.fromEnv", { label: fromEnv.label, issuer: fromEnv.issuer })}</p>
      ) : null}
      {providers.length === 0 ? (
        <p class="utrecht-paragraph">{t("admin.identity.none")}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.identity.fields.label")}</th>
              <th scope="col">{t("admin.identity.fields.issuer")}</th>
              <th scope="col">{t("admin.identity.fields.acrValues")}</th>
            </tr>
          </thead>
          <tbody>
            {providers.map((p) => (
              <tr>
                <td>
                  <a class="utrecht-link" href={`/admin/inloggen/${p.id}`}>
                    {p.label}
                  </a>
                </td>
                <td>{p.issuer}</td>
                <td>{p.acr_values || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 class="utrecht-heading-2">{t("admin.identity.addHeading")}</h2>
      <Form ctx={ctx} action="/admin/inloggen" form={form} submitLabel={t("admin.identity.add")}>
        <ProviderFields ctx={ctx} form={form} editing={false} />
      </Form>
    </AdminPage>
  );
}

export function ProviderEditPage({
  ctx,
  row,
  form,
  jwksUrl,
}: {
  ctx: PageContext;
  row: IdentityProviderRow;
  form: FormState;
  /** private_key_jwt: where the broker fetches the site's public key. */
  jwksUrl: string | null;
}) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.identity.editTitle", { label: row.label })} back="/admin/inloggen">
      {jwksUrl ? (
        <dl class="account-details">
          <dt>{t("admin.identity.jwksUrl")}</dt>
          <dd>
            <code>{jwksUrl}</code>
          </dd>
        </dl>
      ) : null}
      <Form ctx={ctx} action={`/admin/inloggen/${row.id}`} form={form} submitLabel={t("admin.identity.save")}>
        <ProviderFields ctx={ctx} form={form} editing />
      </Form>
      <h2 class="utrecht-heading-2">{t("admin.identity.deleteHeading")}</h2>
      <p class="utrecht-paragraph">{t("admin.identity.deleteHint")}</p>
      <PostButton
        ctx={ctx}
        action={`/admin/inloggen/${row.id}/verwijderen`}
        label={t("admin.identity.delete", { label: row.label })}
      />
    </AdminPage>
  );
}
