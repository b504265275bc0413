import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { JobcentresService, type StaffMember } from '@jobbro/jobcentres';
import { invalidField, TenantData, type TenantContext, type TenantScope } from '@jobbro/platform';
import { DutyPeriod } from './duty-period.entity';
import {
  PERIOD_LENGTH_MESSAGE,
  periodLengthIsValid,
  type CreateDutyPeriodDto,
  type DutyRosterQuery,
  type UpdateDutyPeriodDto,
} from './dto/duty-period.dto';

const ROSTER_ROLES = new Set(['consultant', 'lead']);

export interface DutyPeriodView {
  id: string;
  consultant: { id: string; name: string };
  startsAt: Date;
  endsAt: Date;
}

@Injectable()
export class DutyRosterService {
  constructor(
    private readonly data: TenantData,
    private readonly jobcentres: JobcentresService,
  ) {}

  async add(tenant: TenantContext, input: CreateDutyPeriodDto): Promise<DutyPeriodView> {
    const consultant = await this.rosterable(tenant, input.consultantId);
    return this.data.for(tenant).transaction(async (scope) => {
      await this.refuseOverlap(scope, consultant, input.startsAt, input.endsAt);
      const period = await scope.save(
        DutyPeriod,
        scope.create(DutyPeriod, { consultantId: consultant.id, startsAt: input.startsAt, endsAt: input.endsAt }),
      );
      return {
        id: period.id,
        consultant: { id: consultant.id, name: consultant.name },
        startsAt: period.startsAt,
        endsAt: period.endsAt,
      };
    });
  }

  /** Moves a period in time or hands it to another consultant, under the same rules as adding one. */
  async update(tenant: TenantContext, id: string, input: UpdateDutyPeriodDto): Promise<DutyPeriodView> {
    const existing = await this.data.for(tenant).getOne(DutyPeriod, { where: { id } }, `No duty period with id ${id}`);
    const startsAt = input.startsAt ?? existing.startsAt;
    const endsAt = input.endsAt ?? existing.endsAt;
    if (!periodLengthIsValid(startsAt, endsAt)) throw invalidField('endsAt', PERIOD_LENGTH_MESSAGE);
    const consultant = await this.rosterable(tenant, input.consultantId ?? existing.consultantId);
    return this.data.for(tenant).transaction(async (scope) => {
      await this.refuseOverlap(scope, consultant, startsAt, endsAt, id);
      if ((await scope.update(DutyPeriod, { id }, { consultantId: consultant.id, startsAt, endsAt })) === 0) {
        throw new NotFoundException(`No duty period with id ${id}`);
      }
      return { id, consultant: { id: consultant.id, name: consultant.name }, startsAt, endsAt };
    });
  }

  private async rosterable(tenant: TenantContext, consultantId: string): Promise<StaffMember> {
    const consultant = await this.jobcentres.findStaffMember(tenant, consultantId);
    if (!consultant || !consultant.active || !ROSTER_ROLES.has(consultant.role)) {
      throw invalidField('consultantId', 'consultantId must be an active consultant of your jobcentre');
    }
    return consultant;
  }

  private async refuseOverlap(
    scope: TenantScope,
    consultant: StaffMember,
    startsAt: Date,
    endsAt: Date,
    exceptId?: string,
  ): Promise<void> {
    // Serialises roster changes per consultant, so two overlapping periods cannot slip in side by side.
    await scope.lock(`duty-roster:${consultant.id}`);
    const query = scope
      .select(DutyPeriod, 'period')
      .andWhere('period.consultant_id = :consultantId', { consultantId: consultant.id })
      .andWhere('period.starts_at < :endsAt AND period.ends_at > :startsAt', { startsAt, endsAt });
    if (exceptId) query.andWhere('period.id <> :exceptId', { exceptId });
    const overlap = await query.getOne();
    if (overlap) {
      throw new ConflictException({
        message:
          `${consultant.name} is already on duty` +
          ` from ${overlap.startsAt.toISOString()} to ${overlap.endsAt.toISOString()}`,
        conflictingPeriodId: overlap.id,
      });
    }
  }

  async list(tenant: TenantContext, query: DutyRosterQuery): Promise<DutyPeriodView[]> {
    const from = query.from ?? new Date();
    const to = query.to ?? new Date(from.getTime() + 7 * 24 * 3600 * 1000);
    if (to <= from) {
      throw invalidField('to', 'to must be after from');
    }
    const rows: { id: string; consultant_id: string; consultant_name: string; starts_at: Date; ends_at: Date }[] =
      await this.data.for(tenant).query(
        `SELECT p.id, p.consultant_id, s.name AS consultant_name, p.starts_at, p.ends_at
         FROM duty_periods p JOIN staff_members s ON s.id = p.consultant_id AND s.jobcentre_id = p.jobcentre_id
        WHERE p.jobcentre_id = $1 AND p.starts_at < $3 AND p.ends_at > $2
        ORDER BY p.starts_at, s.name
        LIMIT 1000`,
        [from, to],
      );
    return rows.map((row) => ({
      id: row.id,
      consultant: { id: row.consultant_id, name: row.consultant_name },
      startsAt: row.starts_at,
      endsAt: row.ends_at,
    }));
  }

  async remove(tenant: TenantContext, id: string): Promise<void> {
    if ((await this.data.for(tenant).delete(DutyPeriod, { id })) === 0) {
      throw new NotFoundException(`No duty period with id ${id}`);
    }
  }
}
