// "Who may take part": the settings page of a process's participation rules, one for every
// component. A component registers it with its own path, permission check and process loader;
// this file owns the form, its validation (400 with messages beside the fields, nothing saved),
// the save with its audit entry, and the page.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { audit } from "../audit/log";
import { redirectWithFlash, sendPage } from "../http/render";
import type { Services } from "../services";
import { listAreas } from "../sites/store";
import { Form, type FormState } from "../views/forms";
import { Layout } from "../views/layout";
import { RuleFieldset } from "../views/rule-settings";
import { normalizeRule, type ParticipationRule } from "./rule";
import { parseRuleForm, ruleFormValues } from "./rule-form";
import { loadRules, saveRules } from "./store";
import type { VerificationLevel } from "./verification-level";

export interface ProcessRef {
  id: number;
  title: string;
  /** The page to go back to. */
  back: string;
}

export interface RuleSettingsConfig<A extends string, P extends ProcessRef> {
  component: string;
  /** The actions and their default rules. */
  defaults: (process: P) => Record<A, ParticipationRule>;
  /** Catalog key of each action's verb. */
  actionKey: (action: A) => string;
  levels: readonly VerificationLevel[];
  /** Fastify path, e.g. /admin/begroting/:id/deelname. */
  path: string;
  /** Throws (401/403) unless the visitor may change this process's rules; returns the user id. */
  authorize: (request: FastifyRequest) => number;
  /** The process (404 when not on this site), its title and the page to go back to. */
  loadProcess: (request: FastifyRequest) => Promise<P>;
}

/** The rules as one line for the audit log: "support: identity, areas 3,7, age 16; comment: email". */
function describeRules(rules: Record<string, ParticipationRule>): string {
  return Object.entries(rules)
    .map(([action, rule]) => {
      const r = normalizeRule(rule);
      const parts = [
        r.level,
        r.areaIds.length ? `areas ${r.areaIds.join(",")}` : "",
        r.minAge ? `age ${r.minAge}` : "",
      ];
      return `${action}: ${parts.filter(Boolean).join(", ")}`;
    })
    .join("; ");
}

export function registerRuleSettings<A extends string, P extends ProcessRef>(
  app: FastifyInstance,
  services: Services,
  config: RuleSettingsConfig<A, P>,
): void {
  const db = services.db.kysely;

  async function render(request: FastifyRequest, form: FormState | null, status = 200) {
    const process = await config.loadProcess(request);
    const defaults = config.defaults(process);
    const key = { siteId: request.site.id, component: config.component, processId: process.id };
    const stored = await loadRules(db, key, defaults);
    const actions = Object.keys(defaults) as A[];
    const shown =
      form ??
      ruleFormValues(Object.fromEntries(actions.map((a) => [a, stored[a].rule])) as Record<string, ParticipationRule>);
    const areas = await listAreas(db, request.site.id);
    const ctx = request.pageContext();
    const t = ctx.t;
    const title = `${t("participation.settings.title")}: ${process.title}`;
    return {
      process,
      status,
      page: (
        <Layout ctx={ctx} title={title}>
          <h1 class="utrecht-heading-1">{title}</h1>
          <p class="utrecht-paragraph">{t("participation.settings.intro")}</p>
          <p class="utrecht-paragraph">{t("participation.settings.tightened")}</p>
          <Form
            ctx={ctx}
            action={request.url.split("?")[0]!}
            form={shown}
            submitLabel={t("participation.settings.save")}
          >
            {actions.map((a) => (
              <RuleFieldset
                ctx={ctx}
                form={shown}
                action={a}
                actionKey={config.actionKey(a)}
                levels={config.levels}
                areas={areas}
              />
            ))}
          </Form>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={process.back}>
              {t("participation.refusal.back")}
            </a>
          </p>
        </Layout>
      ),
    };
  }

  app.get(config.path, async (request, reply) => {
    config.authorize(request);
    const { page } = await render(request, null);
    return sendPage(reply, page);
  });

  app.post(config.path, async (request, reply) => {
    const userId = config.authorize(request);
    const process = await config.loadProcess(request);
    const defaults = config.defaults(process);
    const areaIds = (await listAreas(db, request.site.id)).map((a) => a.id);
    const parsed = parseRuleForm(request.body, Object.keys(defaults) as A[], config.levels, areaIds);
    if (!parsed.ok) {
      const { page } = await render(request, parsed.form);
      return sendPage(reply, page, 400);
    }
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      const key = { siteId: request.site.id, component: config.component, processId: process.id };
      const tightened = await saveRules(trx, key, parsed.rules, defaults, now);
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: userId,
          action: "participation.rules",
          subject: `${config.component}:${process.id}`,
          details: { component: config.component, rules: describeRules(parsed.rules), tightened },
        },
        now,
      );
    });
    return redirectWithFlash(reply, request.url.split("?")[0]!, "participation.settings.saved");
  });
}
