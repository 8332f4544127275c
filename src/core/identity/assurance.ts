// The assurance level (acr) a sign-in must reach. Levels are names only the provider knows the
// order of ("midden" < "substantieel" < "hoog" for DigiD through a broker; URNs elsewhere), so the
// administrator lists every level they accept and the reached one must be among them. The same
// list goes to the provider as `acr_values`. An empty list accepts any sign-in.

export const parseLevels = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export function assuranceReached(accepted: readonly string[], reached: unknown): boolean {
  if (accepted.length === 0) return true;
  return typeof reached === "string" && accepted.includes(reached);
}
