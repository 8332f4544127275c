// The identity provider form. The client secret is required when adding one that uses it; when
// editing, an empty field keeps the saved one (it is never sent back to the browser). With
// private_key_jwt there is no secret: the site makes a key pair (identity/client-keys.ts).
import { z } from "zod";
import { ENV_PROVIDER_SLUG } from "../../identity/providers";
import { isLoopbackUrl } from "../../identity/oidc-client";
import { singleLineText } from "../../http/text-rules";

const spaced = (max: number, message: string) =>
  singleLineText()
    .trim()
    .max(max, message)
    .transform((v) => v.split(/\s+/).filter(Boolean).join(" "));

const claimPath = singleLineText()
  .trim()
  .regex(/^([A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*)?$/, "admin.identity.errors.claim");

const baseSchema = z.object({
  label: singleLineText().trim().min(1, "admin.identity.errors.label").max(80, "admin.identity.errors.label"),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "admin.identity.errors.slug")
    .refine((v) => v !== ENV_PROVIDER_SLUG, "admin.identity.errors.slugReserved"),
  issuer: z
    .string()
    .trim()
    .max(500, "admin.identity.errors.issuer")
    .transform((v) => v.replace(/\/$/, ""))
    .refine((v) => {
      try {
        const url = new URL(v);
        return (url.protocol === "https:" || isLoopbackUrl(v)) && !url.search && !url.hash;
      } catch {
        return false;
      }
    }, "admin.identity.errors.issuer"),
  clientId: singleLineText().trim().min(1, "admin.identity.errors.clientId").max(200, "admin.identity.errors.clientId"),
  clientSecret: z.string().max(500, "admin.identity.errors.clientSecret"),
  clientAuth: z.enum(["client_secret_basic", "private_key_jwt"], { message: "admin.identity.errors.clientAuth" }),
  scopes: spaced(500, "admin.identity.errors.scopes").refine(
    (v) => v.split(" ").includes("openid"),
    "admin.identity.errors.scopes",
  ),
  acrValues: spaced(500, "admin.identity.errors.acrValues"),
  claimPostcode: claimPath,
  claimBirthdate: claimPath,
  claimDisplayName: claimPath,
});

export const newProviderSchema = baseSchema.refine((v) => v.clientAuth !== "client_secret_basic" || v.clientSecret, {
  path: ["clientSecret"],
  message: "admin.identity.errors.clientSecret",
});

/** Editing: an empty secret keeps the one saved. */
export const editProviderSchema = baseSchema;

export type ProviderInput = z.infer<typeof baseSchema>;
