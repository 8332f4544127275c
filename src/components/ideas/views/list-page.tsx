// The public list of ideas: filters (area, state, category), sort, search, pages. A GET form, so
// every filter is a shareable link and works without JavaScript.
import { openDataHref } from "../../../core/pages/open-data";
import { IDEAS_OPEN_DATA_ID } from "../open-data-links";
import type { Area } from "../../../core/db/types";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { CATEGORIES } from "../domain/categories";
import { IDEA_STATES } from "../domain/states";
import type { PhotoRef } from "../../../core/photos/store";
import { SORTS, type IdeaView } from "../store/ideas";
import { IdeaCard } from "./idea-card";

export interface ListProps {
  ctx: PageContext;
  ideas: IdeaView[];
  /** The first photo of ideas whose photos are public, by idea id. */
  thumbnails: Map<number, PhotoRef>;
  total: number;
  areas: Area[];
  query: Record<string, string>;
  page: number;
  pageSize: number;
  now: Date;
  /** Whether "hidden" is a state to filter on (moderators: permissions.listsHiddenIdeas). */
  withHidden: boolean;
}

function Select({
  ctx,
  name,
  label,
  options,
  value,
}: {
  ctx: PageContext;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
}) {
  void ctx;
  return (
    <div class="utrecht-form-field utrecht-form-field--select idea-filters__field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={`filter-${name}`}>
          {label}
        </label>
      </div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select" id={`filter-${name}`} name={name}>
          {options.map((o) => (
            <option value={o.value} selected={value === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export function ListPage({ ctx, ideas, thumbnails, total, areas, query, page, pageSize, now, withHidden }: ListProps) {
  const t = ctx.t;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number) => `/ideeen?${new URLSearchParams({ ...query, pagina: String(p) }).toString()}`;
  return (
    <Layout
      ctx={ctx}
      title={t("ideas.list.title")}
      head={
        <link
          rel="alternate"
          type="application/atom+xml"
          title={t("ideas.feed.title", { site: ctx.site.name })}
          href="/ideeen/feed.atom"
        />
      }
    >
      <h1 class="utrecht-heading-1">{t("ideas.list.title")}</h1>
      <p class="utrecht-paragraph">{t("ideas.list.intro")}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--primary-action" href="/ideeen/nieuw">
          {t("ideas.list.submit")}
        </a>
      </p>
      <search aria-label={t("ideas.list.filters")}>
        <form method="get" action="/ideeen" class="idea-filters">
          <div class="utrecht-form-field utrecht-form-field--text idea-filters__field">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="filter-zoek">
                {t("ideas.list.search")}
              </label>
            </div>
            <div class="utrecht-form-field__input">
              <input
                class="utrecht-textbox"
                type="search"
                id="filter-zoek"
                name="zoek"
                value={query.zoek ?? ""}
                maxLength={200}
              />
            </div>
          </div>
          <Select
            ctx={ctx}
            name="gebied"
            label={t("ideas.fields.area")}
            value={query.gebied}
            options={[
              { value: "", label: t("ideas.list.allAreas") },
              ...areas.map((a) => ({ value: String(a.id), label: a.name })),
            ]}
          />
          <Select
            ctx={ctx}
            name="status"
            label={t("ideas.list.state")}
            value={query.status}
            options={[
              { value: "", label: t("ideas.list.allStates") },
              ...IDEA_STATES.filter((s) => s !== "draft" && (withHidden || s !== "hidden")).map((s) => ({
                value: s,
                label: t(`ideas.state.${s}`),
              })),
            ]}
          />
          <Select
            ctx={ctx}
            name="categorie"
            label={t("ideas.fields.category")}
            value={query.categorie}
            options={[
              { value: "", label: t("ideas.list.allCategories") },
              ...CATEGORIES.map((c) => ({ value: c, label: t(`ideas.category.${c}`) })),
            ]}
          />
          <Select
            ctx={ctx}
            name="sortering"
            label={t("ideas.list.sort")}
            value={query.sortering}
            options={SORTS.map((s) => ({ value: s, label: t(`ideas.sort.${s}`) }))}
          />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              {t("ideas.list.apply")}
            </button>
          </div>
        </form>
      </search>
      <p class="utrecht-paragraph" role="status">
        {t("ideas.list.count", { count: total })}
      </p>
      {ideas.length ? (
        <ul class="idea-list">
          {ideas.map((idea) => (
            <IdeaCard ctx={ctx} idea={idea} now={now} thumbnail={thumbnails.get(idea.id)} />
          ))}
        </ul>
      ) : (
        <p class="utrecht-paragraph">{t("ideas.list.empty")}</p>
      )}
      {pages > 1 ? (
        <nav class="utrecht-pagination" aria-label={t("ideas.list.pages")}>
          {page > 1 ? (
            <a
              class="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
              rel="prev"
              href={link(page - 1)}
            >
              {t("ideas.list.previous")}
            </a>
          ) : null}
          <span class="utrecht-pagination__page-link utrecht-pagination__page-link--current" aria-current="page">
            {t("ideas.list.page", { page, pages })}
          </span>
          {page < pages ? (
            <a
              class="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
              rel="next"
              href={link(page + 1)}
            >
              {t("ideas.list.next")}
            </a>
          ) : null}
        </nav>
      ) : null}
      <p class="utrecht-paragraph idea-open-data">
        <a class="utrecht-link" href="/verantwoording">
          {t("ideas.list.accountability")}
        </a>{" "}
        ·{" "}
        <a class="utrecht-link" href={openDataHref(IDEAS_OPEN_DATA_ID)}>
          {t("ideas.list.openData")}
        </a>
      </p>
    </Layout>
  );
}
