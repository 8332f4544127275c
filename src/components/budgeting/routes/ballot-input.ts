// Reads a ballot from a form body. Approval ballots send `project` (one value per ticked box);
// cumulative ballots send `points-<id>`; a paper with several pools can have both. Anything
// unexpected makes the ballot malformed; a project of the wrong kind is refused by its pool's rule.
const MAX_ITEMS = 1000;

export interface BallotInput {
  choice: Map<number, number>;
  malformed: boolean;
  action: "check" | "save";
  code: string;
}

export function readBallotInput(body: unknown): BallotInput {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const choice = new Map<number, number>();
  let malformed = false;
  for (const [key, value] of Object.entries(b)) {
    const m = /^points-(\d{1,9})$/.exec(key);
    if (!m) continue;
    if (typeof value !== "string" || !/^\s*\d{0,6}\s*$/.test(value)) {
      malformed = true;
      continue;
    }
    const points = value.trim() === "" ? 0 : Number(value);
    if (points > 0) choice.set(Number(m[1]), points);
  }
  const raw = b.project;
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (values.length > MAX_ITEMS) malformed = true;
  for (const v of values.slice(0, MAX_ITEMS)) {
    if (typeof v === "string" && /^\d{1,9}$/.test(v)) choice.set(Number(v), 1);
    else malformed = true;
  }
  const action = b.action === "check" ? "check" : "save";
  const code = typeof b.code === "string" ? b.code.slice(0, 40) : "";
  return { choice, malformed, action, code };
}
