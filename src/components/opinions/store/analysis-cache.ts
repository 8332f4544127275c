// Parsed analyses kept in this process, keyed by conversation and version. The database stays
// the truth (every read checks the stored version); the cache only saves parsing a large JSON
// text on every page view and vote.
import type { Executor } from "../../../core/db/database";
import { loadAnalysis, type StoredAnalysis } from "./analyses";
import "./tables";

const MAX_ENTRIES = 50;
// Per database: conversation ids are only unique within one (tests open many in one process).
const caches = new WeakMap<Executor, Map<number, StoredAnalysis>>();

export async function currentAnalysis(db: Executor, conversationId: number): Promise<StoredAnalysis | null> {
  const head = await db
    .selectFrom("opinion_analyses")
    .select(["version", "computed_at"])
    .where("conversation_id", "=", conversationId)
    .executeTakeFirst();
  if (!head) return null;
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const cached = cache.get(conversationId);
  if (cached && cached.version === head.version && cached.computedAt === head.computed_at) return cached;
  const loaded = await loadAnalysis(db, conversationId);
  if (!loaded) return null;
  cache.delete(conversationId);
  cache.set(conversationId, loaded);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return loaded;
}
