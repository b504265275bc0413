import type { JobsOptions } from 'bullmq';
import type { Intake } from '../intakes/intake.entity';
import { slaJobId, type SlaJobData, type SlaJobName } from './sla.queue';

export type SlaTimerState = Pick<
  Intake,
  'id' | 'jobcentreId' | 'status' | 'reminderAt' | 'deadlineAt' | 'reminderSentAt' | 'breachedAt'
>;

export type SlaTimerJob = { name: SlaJobName; data: SlaJobData; opts: JobsOptions & { jobId: string } };

const JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  // Finished timers are removed so the deterministic id can never shadow a timer that must be re-created.
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** The queue jobs an intake's committed state calls for: none once the company is reached, or once both have fired. */
export function timersFor(intake: SlaTimerState, now: number): SlaTimerJob[] {
  if (intake.status !== 'awaiting-contact') {
    return [];
  }
  const timers: { name: SlaJobName; dueAt: Date }[] = [];
  if (!intake.reminderSentAt && intake.reminderAt.getTime() < intake.deadlineAt.getTime()) {
    timers.push({ name: 'reminder', dueAt: intake.reminderAt });
  }
  if (!intake.breachedAt) {
    timers.push({ name: 'escalation', dueAt: intake.deadlineAt });
  }
  return timers.map(({ name, dueAt }) => ({
    name,
    data: { intakeId: intake.id, jobcentreId: intake.jobcentreId, dueAt: dueAt.toISOString() },
    opts: { ...JOB_OPTIONS, jobId: slaJobId(name, intake.id), delay: Math.max(0, dueAt.getTime() - now) },
  }));
}

export interface TimerRepairs {
  /** Timers to add, per intake: missing from the queue, or failed for good (their ids are in `failedToRemove`). */
  toAdd: SlaTimerJob[][];
  /** Ids of failed timers that hold a job id a live timer needs: a job id that exists, even failed, blocks an add. */
  failedToRemove: string[];
  /** Open intakes missing at least one timer, not counting those received within the grace period. */
  intakesWithoutTimers: number;
}

/**
 * Compares what the database says must be pending with what the queue holds. Intakes received within `graceMs` may
 * still have their add on its way, so they are repaired (adding is idempotent) but not counted as missing.
 */
export function planTimerRepairs(
  openIntakes: (SlaTimerState & { receivedAt: Date })[],
  pendingIds: ReadonlySet<string>,
  failedIds: ReadonlySet<string>,
  now: number,
  graceMs: number,
): TimerRepairs {
  const repairs: TimerRepairs = { toAdd: [], failedToRemove: [], intakesWithoutTimers: 0 };
  for (const intake of openIntakes) {
    const missing = timersFor(intake, now).filter((timer) => !pendingIds.has(timer.opts.jobId));
    if (missing.length === 0) continue;
    repairs.toAdd.push(missing);
    repairs.failedToRemove.push(...missing.map((timer) => timer.opts.jobId).filter((id) => failedIds.has(id)));
    if (now - intake.receivedAt.getTime() >= graceMs) repairs.intakesWithoutTimers++;
  }
  return repairs;
}
