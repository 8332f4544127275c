// A clock tests move by hand, to pass deadlines without waiting.
export interface TestClock {
  (): Date;
  set(date: Date | string): void;
  advance(ms: number): void;
  advanceDays(days: number): void;
}

export function testClock(start: Date | string = "2026-11-26T10:00:00.000Z"): TestClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.set = (date) => {
    now = new Date(date).getTime();
  };
  clock.advance = (ms) => {
    now += ms;
  };
  clock.advanceDays = (days) => {
    now += days * 86_400_000;
  };
  return clock;
}
