/** The periodic sweep that finds open intakes whose timers the queue lost and re-creates them. */
export const TIMER_SWEEP_QUEUE = 'duty-desk-timer-sweep';

/** One schedule shared by every worker: each interval yields one sweep job, run by whichever worker takes it. */
export const TIMER_SWEEP_SCHEDULER_ID = 'duty-desk-timer-sweep';

export type TimerSweepJobName = 'sweep';

/** The sweep reads everything it needs from the database and the queue. */
export type TimerSweepJobData = Record<string, never>;
