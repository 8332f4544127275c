// A package that only an optional feature or a rare page needs is imported when it is first used,
// not at start: each one loaded at start costs every idle server several MB of memory, used or not
// (issue #15; docs/benchmarks.md, "Idle memory"). Later calls get the same promise.
export function loadOnFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
