/** The duty desk's timers: a reminder before the first-contact deadline and an escalation at it. */
export const SLA_QUEUE = 'duty-desk-sla';

export type SlaJobName = 'reminder' | 'escalation';

export interface SlaJobData {
  intakeId: string;
  jobcentreId: string;
  /** When the job is due, as an ISO instant; kept so a job that fires early can wait out the rest. */
  dueAt: string;
}

/** Deterministic ids: adding a timer twice keeps one job, and logging contact can find and remove it. */
export function slaJobId(name: SlaJobName, intakeId: string): string {
  return `${name}-${intakeId}`;
}
