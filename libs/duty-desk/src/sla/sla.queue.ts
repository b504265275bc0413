/** The duty desk's timers: a reminder before the first-contact deadline and an escalation at it. */
export const SLA_QUEUE = 'duty-desk-sla';

export const SLA_JOB_NAMES = ['reminder', 'escalation'] as const;
export type SlaJobName = (typeof SLA_JOB_NAMES)[number];

/** What each timer carries; the same for both, since each re-reads its intake when it fires. */
export interface SlaJobData {
  intakeId: string;
  jobcentreId: string;
  /** When the job is due, as an ISO instant; kept so a job that fires early can wait out the rest. */
  dueAt: string;
}

/** The queue's job catalogue: every job name with its payload and result. */
export type SlaJobs = {
  reminder: { data: SlaJobData; result: void };
  escalation: { data: SlaJobData; result: void };
};

/** Deterministic ids: adding a timer twice keeps one job, and logging contact can find and remove it. */
export function slaJobId(name: SlaJobName, intakeId: string): string {
  return `${name}-${intakeId}`;
}
