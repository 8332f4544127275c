// Times are stored as ISO-8601 UTC strings on both databases (see types.ts).
export const iso = (date: Date): string => date.toISOString();
export const addMinutes = (date: Date, minutes: number): Date => new Date(date.getTime() + minutes * 60_000);
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);
