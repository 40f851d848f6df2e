import type { SchedulerLike } from 'rxjs';

/** A scheduler whose clock the test sets by hand; the classes under test only read `now()`. */
export interface ManualClock extends SchedulerLike {
  time: number;
}

export function manualClock(start = 0): ManualClock {
  return {
    time: start,
    now() {
      return this.time;
    },
    schedule(): never {
      throw new Error('manualClock does not schedule');
    },
  };
}
