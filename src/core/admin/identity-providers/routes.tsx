// /admin/inloggen: the site's identity providers (admins only). The client secret is write-only:
// pages never contain it, and the audit log names the provider, not the secret.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { audit } from "../../audit/log";
import { notFound } from "../../http/errors";
import { redirectWithFlash, sendPage } from "../../http/render";
import { formValues, parseForm, parseFormWith } from "../../http/validation";
import { jwksPath } from "../../identity/routes";
import { providerFromEnv } from "../../identity/providers";
import type { Services } from "../../services";
import { isUniqueViolation } from "../../sites/constraint-errors";
import { emptyForm, type FormState } from "../../views/forms";
import { idFromParams, requireAdmin } from "../guard";
import { editProviderSchema, newProviderSchema } from "./schema";
import { addProvider, deleteProvider, findProviderRow, listProviderRows, updateProvider } from "./store";
import { ProviderEditPage, ProviderListPage } from "./views";

const BLANK = {
  clientAuth: "client_secret_basic",
  scopes: "openid profile",
  claimPostcode: "address.postal_code",
  claimBirthdate: "birthdate",
  claimDisplayName: "",
};

const slugTaken = (body: unknown): FormState => ({
  values: { ...formValues(body), clientSecret: "" },
  errors: [{ field: "slug", messageKey: "admin.identity.errors.slugTaken" }],
});

const jwksUrl = (request: FastifyRequest, row: { slug: string; private_jwk: string | null }) =>
  row.private_jwk ? `${request.siteUrl}${jwksPath(row.slug)}` : null;

export function registerIdentityProviderRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function showList(request: FastifyRequest, reply: FastifyReply, form?: FormState, status = 200) {
    const fromEnv = request.site.is_default ? providerFromEnv(services.config) : null;
    return sendPage(
      reply,
      <ProviderListPage
        ctx={request.pageContext()}
        providers={await listProviderRows(db, request.site.id)}
        fromEnv={fromEnv ? { label: fromEnv.label, issuer: fromEnv.issuer } : null}
        callbackUrl={`${request.siteUrl}/inloggen/oidc/terug`}
        logoutUrl={`${request.siteUrl}/`}
        form={form ?? emptyForm(BLANK)}
      />,
      status,
    );
  }

  const auditEntry = (
    request: FastifyRequest,
    actorId: number,
    action: string,
    id: number,
    details: Record<string, unknown>,
  ) =>
    audit(
      db,
      { siteId: request.site.id, actorUserId: actorId, action, subject: `identityProvider:${id}`, details },
      services.clock(),
    );

  app.get("/admin/inloggen", async (request, reply) => {
    requireAdmin(request);
    return showList(request, reply);
  });

  app.post("/admin/inloggen", async (request, reply) => {
    const actor = requireAdmin(request);
    const parsed = parseForm(newProviderSchema, request.body);
    if (!parsed.ok) return showList(request, reply, { ...parsed.form, values: { ...parsed.form.values } }, 400);
    try {
      const { id } = await addProvider(db, request.site.id, parsed.data, services.clock());
      await auditEntry(request, actor.id, "identityProvider.added", id, {
        label: parsed.data.label,
        issuer: parsed.data.issuer,
      });
    } catch (error) {
      if (isUniqueViolation(error)) return showList(request, reply, slugTaken(request.body), 409);
      throw error;
    }
    return redirectWithFlash(reply, "/admin/inloggen", "admin.identity.added");
  });

  async function loadRow(request: FastifyRequest) {
    const row = await findProviderRow(db, request.site.id, idFromParams(request.params));
    if (!row) throw notFound();
    return row;
  }

  app.get("/admin/inloggen/:id", async (request, reply) => {
    requireAdmin(request);
    const row = await loadRow(request);
    const form = emptyForm({
      label: row.label,
      slug: row.slug,
      issuer: row.issuer,
      clientId: row.client_id,
      clientAuth: row.client_auth,
      scopes: row.scopes,
      acrValues: row.acr_values,
      claimPostcode: row.claim_postcode,
      claimBirthdate: row.claim_birthdate,
      claimDisplayName: row.claim_display_name,
    });
    return sendPage(
      reply,
      <ProviderEditPage ctx={request.pageContext()} row={row} form={form} jwksUrl={jwksUrl(request, row)} />,
    );
  });

  app.post("/admin/inloggen/:id", async (request, reply) => {
    const actor = requireAdmin(request);
    const row = await loadRow(request);
    // Switching to client_secret_basic needs a secret if none was ever saved.
    const parsed = parseFormWith(editProviderSchema, request.body, (v) =>
      v.clientAuth === "client_secret_basic" && !v.clientSecret && !row.client_secret
        ? [{ field: "clientSecret", messageKey: "admin.identity.errors.clientSecret" }]
        : [],
    );
    if (!parsed.ok)
      return sendPage(
        reply,
        <ProviderEditPage ctx={request.pageContext()} row={row} form={parsed.form} jwksUrl={jwksUrl(request, row)} />,
        400,
      );
    try {
      await updateProvider(db, request.site.id, row, parsed.data, services.clock());
    } catch (error) {
      if (isUniqueViolation(error))
        return sendPage(
          reply,
          <ProviderEditPage
            ctx={request.pageContext()}
            row={row}
            form={slugTaken(request.body)}
            jwksUrl={jwksUrl(request, row)}
          />,
          409,
        );
      throw error;
    }
    await auditEntry(request, actor.id, "identityProvider.updated", row.id, {
      label: parsed.data.label,
      issuer: parsed.data.issuer,
    });
    return redirectWithFlash(reply, "/admin/inloggen", "admin.identity.saved");
  });

  app.post("/admin/inloggen/:id/verwijderen", async (request, reply) => {
    const actor = requireAdmin(request);
    const row = await loadRow(request);
    await deleteProvider(db, request.site.id, row.id);
    await auditEntry(request, actor.id, "identityProvider.deleted", row.id, { label: row.label });
    return redirectWithFlash(reply, "/admin/inloggen", "admin.identity.deleted");
  });
}
