// The areas pages: the list with a form to add one, and the edit page with a delete button.
import type { VNode } from "preact";
import type { Area } from "../../db/types";
import type { PageContext } from "../../views/context";
import { Field, Form, PostButton, type FormState } from "../../views/forms";
import { AdminPage } from "../views/admin-page";
import { storedBoundary } from "../../places/boundary";
import { BoundaryDrawing } from "../../places/boundary-view";
import { TableScroll } from "../../views/table-scroll";

function AreaFields({ ctx, form }: { ctx: PageContext; form?: FormState }) {
  return (
    <>
      <Field ctx={ctx} form={form} name="name" label={ctx.t("admin.areas.fields.name")} required maxLength={100} />
      <Field
        ctx={ctx}
        form={form}
        name="postcodeRanges"
        label={ctx.t("admin.areas.fields.postcodeRanges")}
        hint={ctx.t("admin.areas.hints.postcodeRanges")}
        maxLength={1000}
      />
    </>
  );
}

/** All boundaries together, so staff see gaps and overlaps between neighbouring areas. */
function AreaOverview({ ctx, areas }: { ctx: PageContext; areas: Area[] }) {
  const shaped = areas.flatMap((a) => {
    const shape = storedBoundary(a.boundary);
    return shape ? [{ name: a.name, shape }] : [];
  });
  if (shaped.length === 0) return null;
  const names = shaped.map((a) => a.name).join(", ");
  return (
    <BoundaryDrawing shapes={shaped.map((a) => a.shape)} label={ctx.t("places.boundary.overviewLabel", { names })} />
  );
}

export function AreaListPage({ ctx, areas, form }: { ctx: PageContext; areas: Area[]; form?: FormState }) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.areas.title")}>
      <p class="utrecht-paragraph">{t("admin.areas.intro")}</p>
      {areas.length === 0 ? (
        <p class="utrecht-paragraph">{t("admin.areas.none")}</p>
      ) : (
        <TableScroll label={t("admin.areas.title")}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.areas.fields.name")}</th>
                <th scope="col">{t("admin.areas.fields.postcodeRanges")}</th>
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr>
                  <td>
                    <a class="utrecht-link" href={`/admin/gebieden/${a.id}`}>
                      {a.name}
                    </a>
                  </td>
                  <td>{a.postcode_ranges || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <AreaOverview ctx={ctx} areas={areas} />
      <h2 class="utrecht-heading-2">{t("admin.areas.addHeading")}</h2>
      <Form ctx={ctx} action="/admin/gebieden" form={form} submitLabel={t("admin.areas.add")}>
        <AreaFields ctx={ctx} form={form} />
      </Form>
    </AdminPage>
  );
}

export function AreaEditPage({
  ctx,
  area,
  form,
  boundary,
}: {
  ctx: PageContext;
  area: Area;
  form: FormState;
  /** The boundary section (boundary.tsx), passed in so this file stays about names and postcodes. */
  boundary: VNode;
}) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("admin.areas.editTitle", { name: area.name })} back="/admin/gebieden">
      <Form ctx={ctx} action={`/admin/gebieden/${area.id}`} form={form} submitLabel={t("admin.areas.save")}>
        <AreaFields ctx={ctx} form={form} />
      </Form>
      {boundary}
      <h2 class="utrecht-heading-2">{t("admin.areas.deleteHeading")}</h2>
      <p class="utrecht-paragraph">{t("admin.areas.deleteHint")}</p>
      <PostButton
        ctx={ctx}
        action={`/admin/gebieden/${area.id}/verwijderen`}
        label={t("admin.areas.delete", { name: area.name })}
      />
    </AdminPage>
  );
}
