import { Inject, Injectable } from '@nestjs/common';
import { JOBBRO_RUNTIME, TenantData, TtlCache, type JobbroRuntime, type TenantContext } from '@jobbro/platform';
import { firstContactDeadline, type DeadlinePolicy } from '../deadline';
import { DutyDeskSettings } from './duty-desk-settings.entity';
import type { FirstContactPolicyDto } from './dto/first-contact-policy.dto';

export const DEFAULT_FIRST_CONTACT_POLICY: DeadlinePolicy = { mode: 'calendar-hours', hours: 24 };
const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';
// Intakes arrive far more often than policies change; a short cache keeps the policy lookup off the hot path.
const POLICY_CACHE_MS = 10_000;

export interface IntakeTimers {
  deadlineAt: Date;
  reminderAt: Date;
}

@Injectable()
export class DutyDeskSettingsService {
  private readonly policies = new TtlCache<string, DeadlinePolicy>(POLICY_CACHE_MS);

  constructor(
    private readonly data: TenantData,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
  ) {}

  async policyFor(jobcentreId: string): Promise<DeadlinePolicy> {
    const policy = await this.policies.getOrLoad(jobcentreId, async () => {
      const row = await this.data.for({ jobcentreId }).findOneBy(DutyDeskSettings, {});
      return row?.firstContactPolicy ?? DEFAULT_FIRST_CONTACT_POLICY;
    });
    return policy!;
  }

  async updatePolicy(tenant: TenantContext, input: FirstContactPolicyDto): Promise<DeadlinePolicy> {
    const policy: DeadlinePolicy =
      input.mode === 'calendar-hours'
        ? { mode: 'calendar-hours', hours: input.hours }
        : {
            mode: 'working-hours',
            hours: input.hours,
            timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
            openingHours: { opensAt: input.openingHours!.opensAt, closesAt: input.openingHours!.closesAt },
            closedDays: { ...input.closedDays },
          };
    await this.data.for(tenant).upsert(DutyDeskSettings, { firstContactPolicy: policy }, ['jobcentreId']);
    this.policies.delete(tenant.jobcentreId);
    return policy;
  }

  /** The first-contact deadline under the jobcentre's policy, and the reminder a configured time before it. */
  async timersFor(jobcentreId: string, receivedAt: Date): Promise<IntakeTimers> {
    const deadlineAt = firstContactDeadline(receivedAt, await this.policyFor(jobcentreId));
    const reminderAt = new Date(
      Math.max(receivedAt.getTime(), deadlineAt.getTime() - this.runtime.config.dutyDesk.reminderBeforeMs),
    );
    return { deadlineAt, reminderAt };
  }
}
