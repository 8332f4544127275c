// The optional category of an idea: a fixed list, labelled from the catalog (ideas.category.*).
export const CATEGORIES = ["green", "traffic", "play", "safety", "culture", "clean", "other"] as const;
export type Category = (typeof CATEGORIES)[number];
export const isCategory = (v: string): v is Category => (CATEGORIES as readonly string[]).includes(v);
