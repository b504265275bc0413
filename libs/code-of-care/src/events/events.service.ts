import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { In } from 'typeorm';
import { invalidFields, TenantData, type FieldError, type TenantContext, type TenantScope } from '@jobbro/platform';
import { checkCompanies } from '../common/company-check';
import { checkRange } from '../common/date-range';
import type { DateRangePageQuery } from '../common/date-range.query';
import { limitPageOf, staleVersion, type LimitPage } from '../common/limit-page';
import type { EventDto, ReplaceEventDto } from './dto/event.dto';
import { EventAttendance } from './event-attendance.entity';
import { EventResponse } from './event.response';
import { NetworkEvent } from './network-event.entity';

const notFound = (id: string) => `No network event with id ${id} in your jobcentre`;

/** The network's meetings: when, about what, who hosted, which companies came and which shared their experience. */
@Injectable()
export class EventsService {
  constructor(private readonly data: TenantData) {}

  /** Events held from–to, latest first. */
  async list(tenant: TenantContext, query: DateRangePageQuery): Promise<LimitPage<EventResponse>> {
    checkRange(query);
    const scope = this.data.for(tenant);
    const builder = scope
      .select(NetworkEvent, 'event')
      .leftJoinAndSelect('event.hostCompany', 'host', 'host.jobcentre_id = event.jobcentre_id');
    if (query.from) builder.andWhere('event.held_on >= :from', { from: query.from });
    if (query.to) builder.andWhere('event.held_on <= :to', { to: query.to });
    const [events, total] = await builder
      .orderBy('event.held_on', 'DESC')
      .addOrderBy('event.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return limitPageOf((await this.withAttendance(scope, events)).map(EventResponse.of), total, query);
  }

  async get(tenant: TenantContext, id: string): Promise<EventResponse> {
    return this.read(this.data.for(tenant), id);
  }

  async create(tenant: TenantContext, input: EventDto): Promise<EventResponse> {
    const scope = this.data.for(tenant);
    const id = await scope.transaction(async (tx) => {
      await checked(tx, input);
      const event = await tx.save(NetworkEvent, tx.create(NetworkEvent, eventFields(input)));
      await tx.insert(EventAttendance, attendanceRows(event.id, input));
      return event.id;
    });
    return this.read(scope, id);
  }

  /** The whole event anew, attendance included. */
  async replace(tenant: TenantContext, id: string, input: ReplaceEventDto): Promise<EventResponse> {
    const scope = this.data.for(tenant);
    await scope.transaction(async (tx) => {
      const event = await tx
        .select(NetworkEvent, 'event')
        .andWhere('event.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!event) throw new NotFoundException(notFound(id));
      await checked(tx, input);
      if (input.version !== event.version)
        throw new ConflictException(staleVersion('event', input.version, event.version));
      await tx.update(NetworkEvent, { id }, eventFields(input));
      await tx.delete(EventAttendance, { eventId: id });
      await tx.insert(EventAttendance, attendanceRows(id, input));
    });
    return this.read(scope, id);
  }

  async remove(tenant: TenantContext, id: string): Promise<void> {
    if ((await this.data.for(tenant).delete(NetworkEvent, { id })) === 0) throw new NotFoundException(notFound(id));
  }

  private async read(scope: TenantScope, id: string): Promise<EventResponse> {
    const event = await scope.getOne(NetworkEvent, { where: { id }, relations: { hostCompany: true } }, notFound(id));
    return EventResponse.of((await this.withAttendance(scope, [event]))[0]);
  }

  private async withAttendance(scope: TenantScope, events: NetworkEvent[]): Promise<NetworkEvent[]> {
    if (events.length === 0) return events;
    const attendance = await scope.find(EventAttendance, {
      where: { eventId: In(events.map((event) => event.id)) },
      relations: { company: true },
    });
    for (const event of events) event.attendance = attendance.filter((each) => each.eventId === event.id);
    return events;
  }
}

/** The host and every attending company the jobcentre's, each company attending once. */
async function checked(scope: TenantScope, input: EventDto): Promise<void> {
  const errors: FieldError[] = [];
  await checkCompanies(
    scope,
    [
      ...(input.hostCompanyId ? [{ field: 'hostCompanyId', companyId: input.hostCompanyId }] : []),
      ...input.attendance.map((each, index) => ({ field: `attendance.${index}.companyId`, companyId: each.companyId })),
    ],
    errors,
    false,
  );
  const seen = new Set<string>();
  input.attendance.forEach((each, index) => {
    const field = `attendance.${index}.companyId`;
    if (seen.has(each.companyId)) errors.push({ field, messages: [`${field} names a company listed before`] });
    seen.add(each.companyId);
  });
  if (errors.length > 0) throw invalidFields(errors);
}

const eventFields = (input: EventDto) => ({
  heldOn: input.heldOn,
  topic: input.topic,
  location: input.location ?? null,
  hostCompanyId: input.hostCompanyId ?? null,
});

const attendanceRows = (eventId: string, input: EventDto) =>
  input.attendance.map((each) => ({
    eventId,
    companyId: each.companyId,
    attendees: each.attendees,
    sharedKnowledge: each.sharedKnowledge ?? false,
  }));
