// The one rule for "?terug=" and other return addresses: only a path on this site is followed.
// Browsers are lenient in ways a naive check misses: they drop tabs and newlines anywhere in a URL
// ("/\t/evil.example" becomes "//evil.example", another host), read "\" as "/", and a proxy or the
// next page may decode the path once more. So a return path is printable ASCII only (our own
// links are always percent-encoded), starts with exactly one "/", has no backslash, and stays
// like that however often it is percent-decoded.

const MAX_LENGTH = 500;
const LOCAL_PATH = /^\/(?![/\\])[\x21-\x5b\x5d-\x7e]*$/;
// After decoding, spaces and other characters are fine; what must never appear is what browsers
// strip or turn into a slash.
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const DECODED_SAFE = /^\/(?![/\\])[^\x00-\x1f\x7f\\]*$/;
const MAX_DECODES = 3;

export function safeLocalPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !LOCAL_PATH.test(value)) return fallback;
  let decoded = value;
  for (let i = 0; i < MAX_DECODES && decoded.includes("%"); i++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break; // a stray "%": browsers keep it as it is
    }
    if (!DECODED_SAFE.test(decoded)) return fallback;
  }
  return value;
}
