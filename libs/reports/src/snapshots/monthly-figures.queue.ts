import { DANISH_TIME_ZONE } from '@jobbro/platform';

/** The monthly computation of every jobcentre's figures for the month just ended. */
export const MONTHLY_FIGURES_QUEUE = 'reports-monthly-figures';

/** One schedule shared by every worker: each month yields one job, run by whichever worker takes it. */
export const MONTHLY_FIGURES_SCHEDULER_ID = 'reports-monthly-figures-first-of-month';

/** 04:30 on the 1st, Danish time: the month is over everywhere, and the leads find the figures when they start. */
export const MONTHLY_FIGURES_SCHEDULE = { pattern: '30 4 1 * *', tz: DANISH_TIME_ZONE } as const;

export const MONTHLY_FIGURES_JOB_NAMES = ['compute-past-month'] as const;

/** `month` is for a run asked for by hand; the schedule's job computes the month before the one it runs in. */
export interface MonthlyFiguresJobData {
  month?: string;
}

export interface MonthlyFiguresRunSummary {
  month: string;
  jobcentres: number;
  computed: number;
  alreadyComputed: number;
  failed: number;
  durationMs: number;
}

/** The queue's job catalogue: every job name with its payload and result. */
export type MonthlyFiguresJobs = {
  'compute-past-month': { data: MonthlyFiguresJobData; result: MonthlyFiguresRunSummary };
};
