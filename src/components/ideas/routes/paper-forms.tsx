// Printable A4 forms (docs/paper.md), for anyone to print, without JavaScript:
// - /ideeen/:id/steunformulier: a support list for one idea: its title, the promise, the
//   statement people sign (with the support rule's area and age, which paper cannot check but the
//   signature declares), and rows for name, postcode and signature;
// - /ideeen/formulier: proposing an idea on paper, with the process's fields (title, text, area,
//   category, place when the process asks for one) and the proposer's name, postcode and signature.
// Both say what the name and postcode are used for. Print styles: "paper forms" in src/web/styles.css.
import type { FastifyInstance } from "fastify";
import { HttpError } from "../../../core/http/errors";
import { formatDate } from "../../../core/i18n/catalog";
import { sendPage } from "../../../core/http/render";
import { areaList } from "../../../core/views/participation-rule";
import { loadRule } from "../../../core/participation/store";
import type { Services } from "../../../core/services";
import { Layout } from "../../../core/views/layout";
import type { PageContext } from "../../../core/views/context";
import { userLang } from "../../../core/views/user-text";
import { CATEGORIES } from "../domain/categories";
import { IDEA_RULE_DEFAULTS } from "../participation";
import { activeProcess } from "../store/processes";
import { PromiseBox } from "../views/idea-parts";
import { loadVisibleIdea, parseParams } from "./load";
import { ideaParams } from "./schemas";

const SUPPORT_ROWS = 15;

function PrivacyNote({ ctx, idea = false }: { ctx: PageContext; idea?: boolean }) {
  return (
    <p class="utrecht-paragraph paper-form__privacy">
      {ctx.t(idea ? "paper.form.ideaPrivacy" : "paper.form.privacy", { site: ctx.site.name })}
    </p>
  );
}

function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p class="utrecht-paragraph no-print">
      <a class="utrecht-link" href={href}>
        {label}
      </a>
    </p>
  );
}

/** A labelled empty box to write in: a line or, with `lines`, a taller block. */
function WriteBox({ label, lines = 1 }: { label: string; lines?: number }) {
  return (
    <div class="paper-form__box">
      <p class="utrecht-paragraph paper-form__box-label">{label}</p>
      <div class={`paper-form__write paper-form__write--${lines}`} />
    </div>
  );
}

export function registerPaperFormRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const areasOf = (siteId: number) =>
    db.selectFrom("areas").select(["id", "name"]).where("site_id", "=", siteId).orderBy("name").execute();

  app.get("/ideeen/:id/steunformulier", async (request, reply) => {
    const { id } = parseParams(ideaParams, request.params);
    const { idea, state } = await loadVisibleIdea(services, request, id);
    if (state === "draft" || state === "hidden") throw new HttpError(404, "errors.notFound");
    const ctx = request.pageContext();
    const t = ctx.t;
    const { rule } = await loadRule(
      db,
      { siteId: request.site.id, component: "ideas", processId: idea.process_id },
      "support",
      IDEA_RULE_DEFAULTS.support,
    );
    const areas = await areasOf(request.site.id);
    const areaNames = areas.filter((a) => rule.areaIds.includes(a.id)).map((a) => a.name);
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t("paper.supportForm.title", { title: idea.title })}>
        <div class="paper-form">
          <p class="utrecht-paragraph paper-form__kicker">{t("paper.supportForm.kicker", { site: ctx.site.name })}</p>
          <h1 class="utrecht-heading-1" {...userLang(ctx)}>
            {idea.title}
          </h1>
          <PromiseBox ctx={ctx} idea={idea} state={state} />
          <p class="utrecht-paragraph paper-form__statement">
            <strong>
              {t("paper.supportForm.statement")}
              {areaNames.length > 0 ? ` ${t("paper.supportForm.area", { areas: areaList(t, areaNames) })}` : ""}
              {rule.minAge !== null ? ` ${t("paper.supportForm.age", { age: rule.minAge })}` : ""}
            </strong>
          </p>
          <p class="utrecht-paragraph">
            {idea.deadline_at
              ? t("paper.supportForm.handIn", { date: formatDate(ctx.lang, idea.deadline_at) })
              : t("paper.supportForm.handInNoDate")}{" "}
            {t("paper.supportForm.once")}{" "}
            {t("paper.supportForm.online", { url: `${request.siteUrl}/i/${idea.short_code}` })}
          </p>
          <table class="utrecht-table paper-form__rows">
            <caption class="utrecht-table__caption">{t("paper.supportForm.caption")}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {["number", "name", "postcode", "signature"].map((c) => (
                  <th class="utrecht-table__header-cell" scope="col">
                    {t(`paper.supportForm.column.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {Array.from({ length: SUPPORT_ROWS }, (_, i) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell paper-form__number">{i + 1}</td>
                  <td class="utrecht-table__cell paper-form__name" />
                  <td class="utrecht-table__cell paper-form__postcode" />
                  <td class="utrecht-table__cell paper-form__signature" />
                </tr>
              ))}
            </tbody>
          </table>
          <PrivacyNote ctx={ctx} />
          <p class="utrecht-paragraph paper-form__ref">
            {t("paper.form.reference", { ref: `${request.siteUrl}/i/${idea.short_code}` })}
          </p>
          <BackLink href={`/ideeen/${idea.id}`} label={t("ideas.back")} />
        </div>
      </Layout>,
    );
  });

  app.get("/ideeen/formulier", async (request, reply) => {
    const ctx = request.pageContext();
    const t = ctx.t;
    const process = await activeProcess(db, request.site.id);
    const areas = await areasOf(request.site.id);
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t("paper.ideaForm.title")}>
        <div class="paper-form">
          <p class="utrecht-paragraph paper-form__kicker">{t("paper.supportForm.kicker", { site: ctx.site.name })}</p>
          <h1 class="utrecht-heading-1">{t("paper.ideaForm.title")}</h1>
          <p class="utrecht-paragraph">{t("paper.ideaForm.intro")}</p>
          {process ? (
            <p class="utrecht-paragraph">
              {t("paper.ideaForm.promise", {
                threshold: process.threshold,
                days: process.support_days,
                council: process.council_name,
              })}
            </p>
          ) : null}
          <WriteBox label={t("paper.ideaForm.ideaTitle")} />
          <WriteBox label={t("paper.ideaForm.text")} lines={8} />
          <div class="paper-form__box">
            <p class="utrecht-paragraph paper-form__box-label">{t("paper.ideaForm.area")}</p>
            <ul class="paper-form__choices">
              {areas.map((a) => (
                <li>☐ {a.name}</li>
              ))}
            </ul>
          </div>
          <div class="paper-form__box">
            <p class="utrecht-paragraph paper-form__box-label">{t("paper.ideaForm.category")}</p>
            <ul class="paper-form__choices">
              {CATEGORIES.map((c) => (
                <li>☐ {t(`ideas.category.${c}`)}</li>
              ))}
            </ul>
          </div>
          {process && process.location_mode !== "off" ? (
            <WriteBox
              label={t(process.location_mode === "required" ? "paper.ideaForm.placeRequired" : "paper.ideaForm.place")}
            />
          ) : null}
          <h2 class="utrecht-heading-2">{t("paper.ideaForm.you")}</h2>
          <WriteBox label={t("paper.name")} />
          <WriteBox label={t("paper.postcode")} />
          <WriteBox label={t("paper.ideaForm.contact")} />
          <WriteBox label={t("paper.ideaForm.signature")} lines={2} />
          <PrivacyNote ctx={ctx} idea />
          <BackLink href="/ideeen" label={t("paper.ideaForm.back")} />
        </div>
      </Layout>,
    );
  });
}
