// The host names of this site: a list with a remove button each, and a form to add one.
import type { PageContext } from "../../views/context";
import { Field, Form, PostButton, type FormState } from "../../views/forms";
import { AdminPage } from "../views/admin-page";
import { TableScroll } from "../../views/table-scroll";

export function HostsPage({
  ctx,
  hosts,
  form,
  currentHost,
}: {
  ctx: PageContext;
  hosts: string[];
  form?: FormState;
  currentHost: string;
}) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.hosts.title")} back="/admin/site">
      <p class="utrecht-paragraph">{t("admin.hosts.intro")}</p>
      {ctx.site.is_default ? <p class="utrecht-paragraph">{t("admin.hosts.defaultNote")}</p> : null}
      {hosts.length === 0 ? (
        <p class="utrecht-paragraph">{t("admin.hosts.none")}</p>
      ) : (
        <TableScroll label={t("admin.hosts.title")}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.hosts.columns.host")}</th>
                <th scope="col">{t("admin.hosts.columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {hosts.map((host) => (
                <tr>
                  <td>
                    {host}
                    {host === currentHost ? ` (${t("admin.hosts.current")})` : ""}
                  </td>
                  <td>
                    {host === currentHost ? null : (
                      <PostButton
                        ctx={ctx}
                        action="/admin/site/hosts"
                        label={t("admin.hosts.remove", { host })}
                        fields={{ action: "remove", host }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2 class="utrecht-heading-2">{t("admin.hosts.addHeading")}</h2>
      <Form ctx={ctx} action="/admin/site/hosts" form={form} submitLabel={t("admin.hosts.add")}>
        <input type="hidden" name="action" value="add" />
        <Field
          ctx={ctx}
          form={form}
          name="host"
          label={t("admin.hosts.hostLabel")}
          hint={t("admin.hosts.hostHint")}
          required
          maxLength={253}
          autocomplete="off"
        />
      </Form>
    </AdminPage>
  );
}
