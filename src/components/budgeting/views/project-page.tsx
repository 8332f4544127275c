// One project of a budget: what it is, its cost and review, and its photos; for the resident who
// proposed it (while allowed) and for officials, the way to add or change the photos.
import type { VNode } from "preact";
import { MAX_PHOTOS_PER_ITEM } from "../../../core/photos/rules";
import type { PhotoInfo } from "../../../core/photos/store";
import { PhotoGallery } from "../../../core/photos/views";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { Prose } from "../../../core/views/prose";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { projectUrl } from "../project-url";
import { formatMoney } from "./format";

export function ProjectPage(p: {
  ctx: PageContext;
  process: BudgetProcess;
  project: BudgetProject;
  photos: PhotoInfo[];
  managePhotos: boolean;
  /** Where the project is (core/places PlaceSection) and the map assets for its head. */
  place?: { head: VNode; section: VNode };
}) {
  const { ctx, process, project } = p;
  const { t, lang } = ctx;
  const url = projectUrl(process.id, project.id);
  return (
    <Layout ctx={ctx} title={project.title} head={p.place?.head}>
      <h1 class="utrecht-heading-1">{project.title}</h1>
      <p class="utrecht-paragraph">
        {project.cost === null ? t("budgeting.process.costUnknown") : formatMoney(lang, project.cost, process.currency)}
        {" · "}
        {t(`budgeting.projectStatus.${project.status}`)}
      </p>
      {project.status === "infeasible" && project.infeasible_reason ? (
        <p class="utrecht-paragraph">{t("budgeting.process.reason", { reason: project.infeasible_reason })}</p>
      ) : null}
      <Prose text={project.description} />
      <PhotoGallery ctx={ctx} itemUrl={url} photos={p.photos} />
      {p.place?.section}
      {p.managePhotos ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${url}/fotos`}>
            {t("photos.manage.link", { count: p.photos.length, max: MAX_PHOTOS_PER_ITEM })}
          </a>
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/begroting/${process.id}`}>
          {t("photos.project.back", { title: process.title })}
        </a>
      </p>
    </Layout>
  );
}
