// What Inspraak keeps of a provider's claims: postcode, date of birth and a display name, each read
// from the claim the administrator mapped (a dotted path for nested claims, "address.postal_code").
// Pure, so the rules for what counts as a usable postcode or date are tested without a provider.
// Everything else the provider sends (a BSN, a full address) is never stored.

export interface ClaimMapping {
  postcode: string;
  birthdate: string;
  displayName: string;
}

export interface VerifiedClaims {
  postcode: string | null; // "1234 AB"
  birthdate: string | null; // "YYYY-MM-DD"
  displayName: string | null;
}

/** The value at a dotted path ("address.postal_code"); undefined when absent or not a string. */
export function claimAt(claims: Record<string, unknown>, path: string): string | undefined {
  if (!path) return undefined;
  let value: unknown = claims;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === "string" ? value : undefined;
}

/** A Dutch postcode in the form the rest of Inspraak uses ("1234 AB"), or null. */
export function normalizePostcode(value: string | undefined): string | null {
  const match = /^\s*([1-9]\d{3})\s*([A-Za-z]{2})\s*$/.exec(value ?? "");
  return match ? `${match[1]} ${match[2]!.toUpperCase()}` : null;
}

/** A full date of birth (OIDC `birthdate` is YYYY-MM-DD; "0000-…" means the year is withheld). */
export function normalizeBirthdate(value: string | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!match || match[1] === "0000") return null;
  const date = new Date(`${match[0]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0] ? null : match[0];
}

export function displayNameFrom(value: string | undefined): string | null {
  const name = (value ?? "").replace(/\s+/g, " ").trim();
  // Names from a provider are single-line text like every name typed in here (text-rules.ts).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse them
  if (!name || name.length > 80 || /[\u0000-\u001f\u007f\ufffe\uffff]/.test(name)) return null;
  return name;
}

export function mapClaims(claims: Record<string, unknown>, mapping: ClaimMapping): VerifiedClaims {
  return {
    postcode: normalizePostcode(claimAt(claims, mapping.postcode)),
    birthdate: normalizeBirthdate(claimAt(claims, mapping.birthdate)),
    displayName: displayNameFrom(claimAt(claims, mapping.displayName)),
  };
}
