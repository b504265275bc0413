import type { TimerSweep } from './timer-sweep.entity';

/** The periodic sweep that finds open intakes whose timers the queue lost and re-creates them. */
export const TIMER_SWEEP_QUEUE = 'duty-desk-timer-sweep';

/** One schedule shared by every worker: each interval yields one sweep job, run by whichever worker takes it. */
export const TIMER_SWEEP_SCHEDULER_ID = 'duty-desk-timer-sweep';

export const TIMER_SWEEP_JOB_NAMES = ['sweep'] as const;

/** The sweep reads everything it needs from the database and the queue. */
export type TimerSweepJobData = Record<string, never>;

/** What a sweep found and did, as it is recorded for /health. */
export type TimerSweepResult = Omit<TimerSweep, 'id'>;

/** The queue's job catalogue: every job name with its payload and result. */
export type TimerSweepJobs = {
  sweep: { data: TimerSweepJobData; result: TimerSweepResult };
};
