// Results worked out once and kept, for work that is repeated with few distinct inputs (a page
// formats the same dates and message patterns again and again). The inputs can come from data,
// so the store is emptied when it reaches its bound instead of growing without one. Pure and free
// of Node APIs: browser scripts use the i18n code that calls it.
export function keptResults<K, V>(limit = 10_000): (key: K, work: () => V) => V {
  const kept = new Map<K, V>();
  return (key, work) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = work();
      if (kept.size >= limit) kept.clear();
      kept.set(key, value);
    }
    return value;
  };
}
