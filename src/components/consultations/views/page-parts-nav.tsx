// On the staff page of a consultation: what residents see and where staff manage each part of the
// public page (links, documents, updates, polls).
import type { PageContext } from "../../../core/views/context";
import type { ConsultationRow } from "../store/tables";

export function PagePartsNav({ ctx, consultation: c }: { ctx: PageContext; consultation: ConsultationRow }) {
  const { t } = ctx;
  const base = `/admin/raadplegingen/${c.id}`;
  const links: [string, string][] = [
    [`${base}/peilingen`, "consultations.polls.admin.link"],
    [`${base}/koppelingen`, "consultations.links.admin.link"],
    [`${base}/documenten`, "consultations.documents.admin.link"],
    [`${base}/berichten`, "consultations.updates.admin.link"],
  ];
  return (
    <section aria-labelledby="page-parts-title">
      <h2 class="utrecht-heading-2" id="page-parts-title">
        {t("consultations.admin.pageParts")}
      </h2>
      <p class="utrecht-paragraph">
        {c.published === 1 ? (
          <a class="utrecht-link" href={`/raadplegingen/${c.id}`}>
            {t("consultations.admin.publicPage")}
          </a>
        ) : (
          t("consultations.admin.isDraft")
        )}
      </p>
      <ul class="utrecht-unordered-list">
        {links.map(([href, key]) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={href}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
