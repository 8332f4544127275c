// The user pages of the admin area: search with results, and one account with its roles.
import type { Role, User } from "../../db/types";
import { formatDate } from "../../i18n/catalog";
import { GRANTABLE_ROLES } from "../../permissions/roles";
import { type VerificationLevel, VERIFICATION_LEVELS, verificationLevel } from "../../participation/verification-level";
import type { PageContext } from "../../views/context";
import { Form, type FormState } from "../../views/forms";
import { AdminPage } from "../views/admin-page";
import { CheckboxGroup } from "../views/checkbox-group";
import { listUrl, Pagination } from "../views/pagination";
import type { UserRow } from "./store";
import { TableScroll } from "../../views/table-scroll";

const statusKey = (u: User): string =>
  u.deleted_at
    ? "admin.users.status.deleted"
    : u.email_verified_at
      ? "admin.users.status.active"
      : "admin.users.status.unverified";

export function UserListPage({
  ctx,
  q,
  level,
  users,
  total,
  page,
  pages,
}: {
  ctx: PageContext;
  q: string;
  level: VerificationLevel | null;
  users: UserRow[];
  total: number;
  page: number;
  pages: number;
}) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.users.title")}>
      <search>
        <form method="get" action="/admin/gebruikers" class="site-form">
          <div class="utrecht-form-field utrecht-form-field--text">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="field-q">
                {t("admin.users.searchLabel")}
              </label>
            </div>
            <div class="utrecht-form-field__input">
              <input class="utrecht-textbox" type="search" id="field-q" name="q" value={q} maxLength={100} />
            </div>
          </div>
          <div class="utrecht-form-field utrecht-form-field--select">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="field-niveau">
                {t("admin.users.levelLabel")}
              </label>
            </div>
            <div class="utrecht-form-field__input">
              <select class="utrecht-select" id="field-niveau" name="niveau">
                <option value="">{t("admin.users.levelAll")}</option>
                {VERIFICATION_LEVELS.map((l) => (
                  <option value={l} selected={level === l}>
                    {t(`admin.users.level.${l}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              {t("admin.users.searchButton")}
            </button>
          </div>
        </form>
      </search>
      <p class="utrecht-paragraph" role="status">
        {t("admin.users.count", { count: total })}
      </p>
      {users.length > 0 ? (
        <TableScroll label={t("admin.users.title")}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.users.columns.name")}</th>
                <th scope="col">{t("admin.users.columns.email")}</th>
                <th scope="col">{t("admin.users.columns.roles")}</th>
                <th scope="col">{t("admin.users.columns.status")}</th>
                <th scope="col">{t("admin.users.columns.level")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr>
                  <td>
                    <a class="utrecht-link" href={`/admin/gebruikers/${u.id}`}>
                      {u.display_name}
                    </a>
                  </td>
                  <td>{u.email ?? "—"}</td>
                  <td>{u.roles.map((r) => t(`admin.roles.${r}`)).join(", ")}</td>
                  <td>{t(statusKey(u))}</td>
                  <td>{t(`admin.users.level.${verificationLevel(u)}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pagination
        ctx={ctx}
        page={page}
        pages={pages}
        href={(p) => listUrl("/admin/gebruikers", { q, niveau: level ?? "", pagina: p })}
      />
    </AdminPage>
  );
}

export function UserDetailPage({
  ctx,
  user,
  roles,
  form,
  checked,
}: {
  ctx: PageContext;
  user: User;
  roles: Role[];
  form?: FormState;
  checked?: ReadonlySet<string>;
}) {
  const { t, lang } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.users.detailTitle", { name: user.display_name })} back="/admin/gebruikers">
      <dl>
        <dt>{t("admin.users.columns.email")}</dt>
        <dd>{user.email ?? "—"}</dd>
        <dt>{t("admin.users.columns.status")}</dt>
        <dd>{t(statusKey(user))}</dd>
        <dt>{t("admin.users.postcode")}</dt>
        <dd>{user.postcode ?? "—"}</dd>
        <dt>{t("admin.users.createdAt")}</dt>
        <dd>{formatDate(lang, user.created_at)}</dd>
        <dt>{t("admin.users.columns.roles")}</dt>
        <dd>{roles.map((r) => t(`admin.roles.${r}`)).join(", ")}</dd>
      </dl>
      <h2 class="utrecht-heading-2">{t("admin.users.rolesHeading")}</h2>
      {user.deleted_at ? (
        <p class="utrecht-paragraph">{t("admin.users.errors.deleted")}</p>
      ) : (
        <Form ctx={ctx} action={`/admin/gebruikers/${user.id}/rollen`} form={form} submitLabel={t("admin.users.save")}>
          <CheckboxGroup
            ctx={ctx}
            form={form}
            name="roles"
            legend={t("admin.users.rolesLegend")}
            hint={t("admin.users.rolesHint")}
            checked={checked ?? new Set(roles)}
            options={GRANTABLE_ROLES.map((r) => ({
              value: r,
              label: t(`admin.roles.${r}`),
              hint: t(`admin.roleHints.${r}`),
            }))}
          />
        </Form>
      )}
    </AdminPage>
  );
}
