import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { Company, CompaniesService } from '@jobbro/companies';
import { StaffMember } from '@jobbro/jobcentres';
import { NotificationOutbox, notifyWithin } from '@jobbro/notifications';
import {
  invalidField,
  isStaffRole,
  pageOf,
  TenantData,
  type Actor,
  type Page,
  type PageQueryDto,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import type { EmployerIntakeDto } from '../employer/dto/employer-intake.dto';
import { DutyDeskSettingsService } from '../settings/duty-desk-settings.service';
import { SlaSchedulerService } from '../sla/sla-scheduler.service';
import type { CreateIntakeDto } from './dto/create-intake.dto';
import type { CloseIntakeDto, LogContactAttemptDto, ReassignIntakeDto } from './dto/intake-actions.dto';
import type { IntakeQueueQuery } from './dto/intake-queue.query';
import { IntakeEvent, type EventDetails, type IntakeEventType } from './intake-event.entity';
import {
  assertCanClaim,
  assertCanClose,
  assertCanReassign,
  IntakeTransitionError,
  statusAfterContactAttempt,
} from './intake-lifecycle';
import { Intake, type IntakeOutcome } from './intake.entity';
import { IntakeWriter, type IntakeDraft, type IntakeWriteResult } from './intake-writer';
import { assignedNotification, factsOf, type IntakeFiler } from '../notifications/intake-notifications';
import { toIntakeView, type IntakeView } from './intake.view';

type NewIntakeEvent = Omit<IntakeEvent, 'id'>;

export interface CreatedIntake {
  intake: IntakeView;
  /** False when an earlier request with the same Idempotency-Key created it. */
  created: boolean;
}

@Injectable()
export class IntakesService {
  constructor(
    private readonly data: TenantData,
    private readonly companies: CompaniesService,
    private readonly writer: IntakeWriter,
    private readonly settings: DutyDeskSettingsService,
    private readonly scheduler: SlaSchedulerService,
    private readonly outbox: NotificationOutbox,
  ) {}

  async create(tenant: TenantContext, input: CreateIntakeDto, idempotencyKey?: string): Promise<CreatedIntake> {
    const fingerprint = idempotencyKey ? fingerprintOf(input) : null;
    if (idempotencyKey) {
      const earlier = await this.findByIdempotencyKey(tenant, idempotencyKey, fingerprint!);
      if (earlier) return this.repeated(tenant, earlier);
    }

    const receivedAt = new Date();
    const { deadlineAt, reminderAt } = await this.settings.timersFor(tenant.jobcentreId, receivedAt);
    const draft: IntakeDraft = {
      id: randomUUID(),
      jobcentreId: tenant.jobcentreId,
      companyId: await this.resolveCompanyId(tenant, input),
      kind: input.kind,
      channel: input.channel,
      description: input.description,
      contactPerson: {
        name: input.contactPerson.name,
        phone: input.contactPerson.phone,
        email: input.contactPerson.email,
      },
      receivedAt,
      deadlineAt,
      reminderAt,
      idempotencyKey: idempotencyKey ?? null,
      requestFingerprint: fingerprint,
      receivedBy: tenant.actor ? actorReference(tenant.actor) : null,
      filedBy: await this.filerOf(tenant),
    };
    const written = await this.writer.submit(draft);
    if (written.outcome === 'unknown-company') {
      throw invalidField('companyId', 'companyId must be the id of a company registered in your jobcentre');
    }
    if (written.outcome === 'duplicate') {
      return this.repeated(tenant, (await this.findByIdempotencyKey(tenant, idempotencyKey!, fingerprint!))!);
    }

    const intake = newIntake(draft, written);
    this.scheduler.scheduleInBackground(intake);
    return { intake: toIntakeView(intake), created: true };
  }

  /** The employer user filing a request from the web, with their address (to tell them once if also its contact). */
  private async filerOf(tenant: TenantContext): Promise<IntakeFiler | null> {
    if (tenant.actor?.role !== 'employer') return null;
    const [user] = await this.data
      .for(tenant)
      .query<{ email: string }>(`SELECT email FROM user_accounts WHERE jobcentre_id = $1 AND id = $2`, [
        tenant.actor.id,
      ]);
    return user ? { userId: tenant.actor.id, email: user.email } : null;
  }

  /**
   * A client repeating a request it got no answer to: the first attempt's intake, with its timers added again in
   * case that attempt's process died between commit and enqueue (adding a timer that exists changes nothing).
   */
  private repeated(tenant: TenantContext, intake: IntakeView): CreatedIntake {
    const { id, status, reminderAt, deadlineAt, reminderSentAt, breachedAt } = intake;
    this.scheduler.scheduleInBackground({
      id,
      jobcentreId: tenant.jobcentreId,
      status,
      reminderAt,
      deadlineAt,
      reminderSentAt,
      breachedAt,
    });
    return { intake, created: false };
  }

  /** An employer user's request from the web, about one of the companies it acts for. */
  async createForEmployer(
    tenant: TenantContext,
    input: EmployerIntakeDto,
    idempotencyKey?: string,
  ): Promise<CreatedIntake> {
    const own = await this.data
      .for(tenant)
      .exists(Company, { id: input.companyId, cvrNumber: In([...tenant.companyCvrNumbers]) });
    if (!own) throw invalidField('companyId', 'companyId must be the id of one of the companies you act for');
    const { companyId, contactPerson, kind, description } = input;
    return this.create(tenant, { companyId, contactPerson, kind, description, channel: 'web' }, idempotencyKey);
  }

  /** The requests of the companies an employer user acts for, newest first. */
  async listForEmployer(tenant: TenantContext, query: PageQueryDto): Promise<Page<IntakeView>> {
    const [items, total] = await this.data
      .for(tenant)
      .select(Intake, 'intake')
      .innerJoinAndSelect('intake.company', 'company', 'company.jobcentre_id = intake.jobcentre_id')
      .andWhere('company.cvr_number IN (:...cvrNumbers)', { cvrNumbers: [...tenant.companyCvrNumbers] })
      .orderBy('intake.received_at', 'DESC')
      .addOrderBy('intake.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(items.map(toIntakeView), total, query);
  }

  /** One of the employer's own requests; any other intake is not found, exactly like one that does not exist. */
  async getForEmployer(tenant: TenantContext, id: string): Promise<IntakeView> {
    const intake = await this.data.for(tenant).findOne(Intake, { where: { id }, relations: { company: true } });
    if (!intake?.company || !tenant.companyCvrNumbers.includes(intake.company.cvrNumber))
      throw new NotFoundException(`No intake with id ${id}`);
    return toIntakeView(intake);
  }

  async get(tenant: TenantContext, id: string, scope: TenantScope = this.data.for(tenant)): Promise<IntakeView> {
    const intake = await scope.getOne(
      Intake,
      { where: { id }, relations: { company: true, assignee: true, escalatedTo: true } },
      `No intake with id ${id}`,
    );
    return toIntakeView(intake);
  }

  /** The duty-desk queue: most urgent deadline first. */
  async queue(tenant: TenantContext, query: IntakeQueueQuery): Promise<Page<IntakeView>> {
    const builder = this.data
      .for(tenant)
      .select(Intake, 'intake')
      .leftJoinAndSelect('intake.company', 'company')
      .leftJoinAndSelect('intake.assignee', 'assignee')
      .leftJoinAndSelect('intake.escalatedTo', 'escalatedTo');
    if (query.status === 'open') {
      builder.andWhere(`intake.status IN ('awaiting-contact', 'contacted')`);
    } else if (query.status !== 'all') {
      builder.andWhere('intake.status = :status', { status: query.status });
    }
    if (query.assignee === 'unassigned') {
      builder.andWhere('intake.assignee_id IS NULL');
    } else if (query.assignee) {
      builder.andWhere('intake.assignee_id = :assigneeId', { assigneeId: query.assignee });
    }
    if (query.kind) builder.andWhere('intake.kind = :kind', { kind: query.kind });
    if (query.companyId) builder.andWhere('intake.company_id = :companyId', { companyId: query.companyId });
    if (query.breached !== undefined) builder.andWhere(`intake.breached_at IS ${query.breached ? 'NOT ' : ''}NULL`);
    const [items, total] = await builder
      .orderBy('intake.deadline_at', 'ASC')
      .addOrderBy('intake.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(items.map(toIntakeView), total, query);
  }

  async history(tenant: TenantContext, id: string) {
    await this.get(tenant, id);
    const events = await this.data.for(tenant).find(IntakeEvent, { where: { intakeId: id }, order: { id: 'ASC' } });
    return events.map(({ type, at, actorId, actorName, details }) => ({
      type,
      at,
      // Staff carry their id; an employer user or an integration is named only.
      actor: actorName ? { id: actorId, name: actorName } : null,
      details,
    }));
  }

  claim(tenant: TenantContext, id: string): Promise<IntakeView> {
    const actor = requireStaffActor(tenant);
    return this.change(tenant, id, async (scope, intake) => {
      assertCanClaim(intake, actor.id);
      await assertConsultant(scope, actor.id, 'assignee');
      await scope.update(Intake, { id }, { assigneeId: actor.id });
      // Claiming is the consultant's own doing: nobody to tell.
      return [event(tenant, id, 'claimed', { from: intake.assigneeId, to: actor.id })];
    });
  }

  reassign(tenant: TenantContext, id: string, input: ReassignIntakeDto): Promise<IntakeView> {
    const actor = requireStaffActor(tenant);
    return this.change(tenant, id, async (scope, intake) => {
      assertCanReassign(intake, input.assigneeId);
      const assignee = await assertConsultant(scope, input.assigneeId, 'assigneeId');
      await scope.update(Intake, { id }, { assigneeId: assignee.id });
      if (assignee.id !== actor.id) {
        const company = await scope.getOne(Company, { where: { id: intake.companyId } }, 'The company is gone');
        await notifyWithin(this.outbox, scope, [
          assignedNotification(factsOf(intake, company), assignee, { version: intake.version }),
        ]);
      }
      return [event(tenant, id, 'reassigned', { from: intake.assigneeId, to: assignee.id, toName: assignee.name })];
    });
  }

  async logContactAttempt(tenant: TenantContext, id: string, input: LogContactAttemptDto): Promise<IntakeView> {
    requireStaffActor(tenant);
    let reachedFirstTime = false;
    const view = await this.change(tenant, id, async (scope, intake) => {
      const status = statusAfterContactAttempt(intake, input.reached);
      const now = new Date();
      reachedFirstTime = input.reached && intake.firstContactAt === null;
      await scope.update(Intake, { id }, { status, ...(reachedFirstTime ? { firstContactAt: now } : {}) });
      return [
        event(tenant, id, 'contact-attempted', {
          reached: input.reached,
          note: input.note ?? null,
          withinDeadline: now <= intake.deadlineAt,
        }),
      ];
    });
    if (reachedFirstTime) {
      await this.scheduler.cancel(id);
    }
    return view;
  }

  async close(tenant: TenantContext, id: string, input: CloseIntakeDto): Promise<IntakeView> {
    requireStaffActor(tenant);
    const view = await this.change(tenant, id, async (scope, intake) => {
      assertCanClose(intake);
      await scope.update(
        Intake,
        { id },
        { status: 'closed', outcome: input.outcome, outcomeNote: input.note ?? null, closedAt: new Date() },
      );
      return [event(tenant, id, 'closed', { outcome: input.outcome, note: input.note ?? null })];
    });
    await this.scheduler.cancel(id);
    return view;
  }

  /**
   * Closes a contacted intake with `outcome` inside the caller's transaction, after `work` (e.g. creating the
   * posting the intake led to) has run on the locked intake: both are committed together or not at all. A closed
   * intake, or one whose company was never reached, is a 409. Call `afterClosed` once the transaction committed.
   */
  async closeWithin<T>(
    tenant: TenantContext,
    scope: TenantScope,
    id: string,
    outcome: IntakeOutcome,
    work: (intake: Intake) => Promise<{ result: T; details: EventDetails }>,
  ): Promise<T> {
    requireStaffActor(tenant);
    const intake = await scope.getOne(
      Intake,
      { where: { id }, lock: { mode: 'pessimistic_write' } },
      `No intake with id ${id}`,
    );
    try {
      assertCanClose(intake);
    } catch (error) {
      if (error instanceof IntakeTransitionError) throw new ConflictException(error.message);
      throw error;
    }
    const { result, details } = await work(intake);
    await scope.update(Intake, { id }, { status: 'closed', outcome, outcomeNote: null, closedAt: new Date() });
    await scope.insert(IntakeEvent, [event(tenant, id, 'closed', { outcome, note: null, ...details })]);
    return result;
  }

  /**
   * Records in the intake's history that a shortlist was sent for it, inside the caller's transaction; a contacted
   * intake is closed there and then with outcome shortlist-sent. An intake whose company was never reached is a 409:
   * a list goes to a company only after a conversation. Returns true when it closed the intake (then call
   * `afterClosed` once the transaction committed).
   */
  async recordShortlistSent(
    tenant: TenantContext,
    scope: TenantScope,
    id: string,
    details: EventDetails,
  ): Promise<boolean> {
    requireStaffActor(tenant);
    const intake = await scope.getOne(
      Intake,
      { where: { id }, lock: { mode: 'pessimistic_write' } },
      `No intake with id ${id}`,
    );
    if (intake.status === 'awaiting-contact') {
      throw new ConflictException(
        'The company has not been reached yet; log a contact attempt that reached it before sending a shortlist',
      );
    }
    await scope.insert(IntakeEvent, [event(tenant, id, 'shortlist-sent', details)]);
    if (intake.status !== 'contacted') return false;
    const outcome: IntakeOutcome = 'shortlist-sent';
    await scope.update(Intake, { id }, { status: 'closed', outcome, outcomeNote: null, closedAt: new Date() });
    await scope.insert(IntakeEvent, [event(tenant, id, 'closed', { outcome, note: null, ...details })]);
    return true;
  }

  /** Records the company's answer about a candidate of a shortlist sent for the intake (the employer by name). */
  async recordShortlistAnswer(
    tenant: TenantContext,
    scope: TenantScope,
    id: string,
    details: EventDetails,
  ): Promise<void> {
    await scope.insert(IntakeEvent, [event(tenant, id, 'shortlist-answered', details)]);
  }

  /** Removes a closed intake's timers (a no-op when they already fired or were removed). */
  async afterClosed(id: string): Promise<void> {
    await this.scheduler.cancel(id);
  }

  /** Runs one consultant action on a locked intake and records its history in the same transaction. */
  private async change(
    tenant: TenantContext,
    id: string,
    apply: (scope: TenantScope, intake: Intake) => Promise<NewIntakeEvent[]>,
  ): Promise<IntakeView> {
    return this.data.for(tenant).transaction(async (scope) => {
      const intake = await scope.getOne(
        Intake,
        { where: { id }, lock: { mode: 'pessimistic_write' } },
        `No intake with id ${id}`,
      );
      let events: NewIntakeEvent[];
      try {
        events = await apply(scope, intake);
      } catch (error) {
        if (error instanceof IntakeTransitionError) throw new ConflictException(error.message);
        throw error;
      }
      await scope.insert(IntakeEvent, events);
      return this.get(tenant, id, scope);
    });
  }

  /** The company the intake is about: given by id, or by CVR and name (registered if new). */
  private async resolveCompanyId(tenant: TenantContext, input: CreateIntakeDto): Promise<string> {
    if (!input.company) {
      return input.companyId!;
    }
    const company = await this.companies.findOrRegister(tenant, input.company.cvrNumber, input.company.name);
    if (input.companyId && input.companyId !== company.id) {
      throw invalidField('companyId', 'companyId and company.cvrNumber name different companies; give one of them');
    }
    return company.id;
  }

  private async findByIdempotencyKey(
    tenant: TenantContext,
    key: string,
    fingerprint: string,
  ): Promise<IntakeView | null> {
    const earlier = await this.data
      .for(tenant)
      .findOne(Intake, { where: { idempotencyKey: key }, select: { id: true, requestFingerprint: true } });
    if (!earlier) return null;
    if (earlier.requestFingerprint !== fingerprint) {
      throw new UnprocessableEntityException(
        'This Idempotency-Key was already used for a different request; use a new key for a new intake',
      );
    }
    return this.get(tenant, earlier.id);
  }
}

function event(
  tenant: TenantContext,
  intakeId: string,
  type: IntakeEventType,
  details: EventDetails,
  at = new Date(),
  actor: Actor | null = tenant.actor,
): NewIntakeEvent {
  const reference = actor ? actorReference(actor) : null;
  return {
    jobcentreId: tenant.jobcentreId,
    intakeId,
    type,
    at,
    actorId: reference?.id ?? null,
    actorName: reference?.name ?? null,
    details,
  };
}

/** How an actor is kept in an intake's history: staff by id, employer users and integrations by name only. */
function actorReference(actor: Actor): { id: string | null; name: string } {
  return isStaffRole(actor.role) ? { id: actor.id, name: actor.name } : { id: null, name: actor.name };
}

/** The intake just written, as the entity it now is in the database, without reading it back. */
function newIntake(draft: IntakeDraft, written: Extract<IntakeWriteResult, { outcome: 'created' }>): Intake {
  const { idempotencyKey: _key, requestFingerprint: _fingerprint, receivedBy: _receivedBy, ...columns } = draft;
  return Object.assign(new Intake(), {
    ...columns,
    company: Object.assign(new Company(), written.company),
    status: 'awaiting-contact' as const,
    assigneeId: written.assignee?.id ?? null,
    assignee: written.assignee ? Object.assign(new StaffMember(), written.assignee) : null,
    reminderSentAt: null,
    firstContactAt: null,
    breachedAt: null,
    escalatedToId: null,
    escalatedTo: null,
    outcome: null,
    outcomeNote: null,
    closedAt: null,
    createdAt: written.createdAt,
    updatedAt: written.updatedAt,
    version: written.version,
  });
}

function requireStaffActor(tenant: TenantContext): Actor {
  if (!tenant.actor || !isStaffRole(tenant.actor.role)) {
    throw new ForbiddenException('Only a staff member of the jobcentre can work an intake');
  }
  return tenant.actor;
}

async function assertConsultant(scope: TenantScope, staffMemberId: string, field: string): Promise<StaffMember> {
  const staff = await scope.findOneBy(StaffMember, { id: staffMemberId, active: true });
  if (!staff || !['consultant', 'lead'].includes(staff.role)) {
    throw invalidField(field, `${field} must be an active consultant of your jobcentre`);
  }
  return staff;
}

/** Canonical JSON (sorted keys) of the request, so the same request hashes the same whatever its key order. */
function fingerprintOf(input: object): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}
