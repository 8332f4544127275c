// Postcode ranges of an area, e.g. "1051-1058, 1060": which four-digit postcodes lie inside.
export interface PostcodeRange {
  from: number;
  to: number;
}

export function parsePostcodeRanges(text: string): PostcodeRange[] | null {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const ranges: PostcodeRange[] = [];
  for (const part of parts) {
    const m = /^(\d{4})(?:\s*-\s*(\d{4}))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from < 1000 || to < from) return null;
    ranges.push({ from, to });
  }
  return ranges;
}

/** Dutch postcodes are "1234 AB"; only the four digits decide the area. */
export function postcodeDigits(postcode: string): number | null {
  const m = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})?\s*$/.exec(postcode);
  return m ? Number(m[1]) : null;
}

export function postcodeInRanges(postcode: string, ranges: PostcodeRange[]): boolean {
  const digits = postcodeDigits(postcode);
  return digits !== null && ranges.some((r) => digits >= r.from && digits <= r.to);
}

/** The tidy stored form: "1051-1058, 1060". */
export function formatPostcodeRanges(ranges: PostcodeRange[]): string {
  return ranges.map((r) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`)).join(", ");
}
