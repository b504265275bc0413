import { DANISH_TIME_ZONE } from '@jobbro/platform';
import type { ActivityRunTrigger } from './activity-run.entity';

/** The daily recomputation of every network member's activity, with the warnings it raises. */
export const ACTIVITY_QUEUE = 'code-of-care-activity';

/** One schedule shared by every worker: each day yields one job, run by whichever worker takes it. */
export const ACTIVITY_SCHEDULER_ID = 'code-of-care-activity-daily';

/** Early on Danish mornings, so the coordinator's day starts with the night's warnings. */
export const ACTIVITY_SCHEDULE = { pattern: '15 5 * * *', tz: DANISH_TIME_ZONE } as const;

export const ACTIVITY_JOB_NAMES = ['recompute'] as const;

/** The job reads everything it needs from the database; `trigger` says who asked (the schedule by default). */
export interface ActivityJobData {
  trigger?: Exclude<ActivityRunTrigger, 'manual'>;
}

/** What a run across every jobcentre found; each jobcentre's own numbers are in its code_of_care_activity_runs row. */
export interface ActivityRunSummary {
  asOf: string;
  jobcentres: number;
  failedJobcentres: number;
  members: number;
  active: number;
  turnedActive: number;
  turnedInactive: number;
  warningsRaised: number;
  durationMs: number;
}

/** The queue's job catalogue: every job name with its payload and result. */
export type ActivityJobs = {
  recompute: { data: ActivityJobData; result: ActivityRunSummary };
};
