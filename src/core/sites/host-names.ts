// Host names a site answers to. An admin types them in; we accept only plain DNS names (or an IPv4
// address), lower-cased, without scheme, port or path, so a lookup by the Host header can match.
import { domainToASCII } from "node:url";

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The stored form of a host name, or null when it is not one. Unicode names become punycode. */
export function normalizeHostName(input: string): string | null {
  const trimmed = input.trim().toLowerCase().replace(/\.$/, "");
  if (trimmed === "" || trimmed.length > 253 || /[\s/:@?#\\]/.test(trimmed)) return null;
  const ascii = /^\p{ASCII}*$/u.test(trimmed) ? trimmed : domainToASCII(trimmed);
  if (!ascii || ascii.length > 253) return null;
  const labels = ascii.split(".");
  if (!labels.every((l) => LABEL.test(l))) return null;
  // A name of digits and dots only must be a real IPv4 address, not "999.1".
  if (labels.every((l) => /^\d+$/.test(l))) {
    if (labels.length !== 4 || !labels.every((l) => Number(l) <= 255 && String(Number(l)) === l)) return null;
  }
  return ascii;
}
