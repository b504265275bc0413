import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { invalidField, TenantData, type TenantContext, type TenantScope } from '@jobbro/platform';
import type { GoalDto, ReplaceGoalDto } from './dto/goal.dto';
import { Goal } from './goal.entity';
import type { GoalResponse } from './goal.response';

const notFound = (id: string) => `No goal ${id}`;
const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';
const LOCK = 'code-of-care-goals';

export function toGoalResponse(goal: Goal): GoalResponse {
  return {
    id: goal.id,
    year: goal.year,
    target: goal.target,
    baseline: goal.baseline,
    baselineOn: goal.baselineOn,
    deadlineOn: goal.deadlineOn,
    counts: goal.counts,
    note: goal.note,
    version: goal.version,
  };
}

/** A goal's fields from what the coordinator sent: the year's bounds where the dates were left out. */
function goalFields(input: GoalDto) {
  const baselineOn = input.baselineOn ?? `${input.year - 1}-12-31`;
  const deadlineOn = input.deadlineOn ?? `${input.year}-12-31`;
  if (baselineOn >= deadlineOn) {
    throw invalidField(
      input.baselineOn !== undefined ? 'baselineOn' : 'deadlineOn',
      `baselineOn (${baselineOn}) must be before deadlineOn (${deadlineOn})`,
    );
  }
  return {
    year: input.year,
    target: input.target,
    baseline: input.baseline,
    baselineOn,
    deadlineOn,
    counts: input.counts ?? 'members',
    note: input.note ?? null,
  };
}

const yearTaken = (year: number) =>
  new ConflictException(`The jobcentre has a goal for ${year} already: change that one instead`);

/** Each jobcentre's goals for its network, one per year; progress toward them is ProgressService's. */
@Injectable()
export class GoalsService {
  constructor(private readonly data: TenantData) {}

  async list(tenant: TenantContext): Promise<GoalResponse[]> {
    const goals = await this.data.for(tenant).find(Goal, { order: { year: 'DESC' } });
    return goals.map(toGoalResponse);
  }

  get(tenant: TenantContext, id: string): Promise<Goal> {
    return this.data.for(tenant).getOne(Goal, { where: { id } }, notFound(id));
  }

  /** The jobcentre's goal for `year`, or a 404. */
  async forYear(tenant: TenantContext, year: number): Promise<Goal> {
    const goal = await this.data.for(tenant).findOneBy(Goal, { year });
    if (!goal) throw new NotFoundException(`The jobcentre has no goal for ${year}`);
    return goal;
  }

  async create(tenant: TenantContext, input: GoalDto): Promise<GoalResponse> {
    const fields = goalFields(input);
    const goal = await this.saving(fields.year, () =>
      this.data.for(tenant).transaction(async (scope) => {
        await this.refuseTakenYear(scope, fields.year);
        return scope.save(Goal, scope.create(Goal, fields));
      }),
    );
    return toGoalResponse(goal);
  }

  async replace(tenant: TenantContext, id: string, input: ReplaceGoalDto): Promise<GoalResponse> {
    const fields = goalFields(input);
    const goal = await this.saving(fields.year, () =>
      this.data.for(tenant).transaction(async (scope) => {
        const existing = await scope.getOne(Goal, { where: { id } }, notFound(id));
        if (input.version !== existing.version) {
          throw new ConflictException({
            message:
              `The goal was changed since version ${input.version} (it is at version ${existing.version}): ` +
              'reload it and make the change again',
            currentVersion: existing.version,
          });
        }
        await this.refuseTakenYear(scope, fields.year, id);
        return scope.save(Goal, Object.assign(existing, fields));
      }),
    );
    return toGoalResponse(goal);
  }

  async remove(tenant: TenantContext, id: string): Promise<void> {
    if ((await this.data.for(tenant).delete(Goal, { id })) === 0) throw new NotFoundException(notFound(id));
  }

  private async refuseTakenYear(scope: TenantScope, year: number, exceptId?: string): Promise<void> {
    await scope.lock(LOCK);
    const other = await scope.findOneBy(Goal, { year });
    if (other && other.id !== exceptId) throw yearTaken(year);
  }

  /** The unique index decides between two coordinators setting the same year at once. */
  private async saving(year: number, save: () => Promise<Goal>): Promise<Goal> {
    try {
      return await save();
    } catch (error) {
      if (isUniqueViolation(error)) throw yearTaken(year);
      throw error;
    }
  }
}
