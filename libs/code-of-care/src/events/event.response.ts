import { ApiProperty } from '@nestjs/swagger';
import { LimitPageResponse } from '../common/limit-page';
import { CompanyRef, toCompanyRef } from '../common/refs.response';
import type { NetworkEvent } from './network-event.entity';

export class EventAttendanceResponse {
  @ApiProperty({ type: CompanyRef })
  company: CompanyRef;

  @ApiProperty({ type: 'integer', example: 2 })
  attendees: number;

  @ApiProperty()
  sharedKnowledge: boolean;
}

export class EventResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-10-08' })
  heldOn: string;

  @ApiProperty({ example: 'Småjobs i praksis' })
  topic: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ type: CompanyRef, nullable: true })
  hostCompany: CompanyRef | null;

  @ApiProperty({ type: [EventAttendanceResponse], description: 'By company name' })
  attendance: EventAttendanceResponse[];

  @ApiProperty({ type: 'integer', description: 'Grows with every change' })
  version: number;

  /** The event with its host, its attendance and their companies loaded. */
  static of(event: NetworkEvent): EventResponse {
    return {
      id: event.id,
      heldOn: event.heldOn,
      topic: event.topic,
      location: event.location,
      hostCompany: event.hostCompany ? toCompanyRef(event.hostCompany) : null,
      attendance: (event.attendance ?? [])
        .map((each) => ({
          company: toCompanyRef(each.company!),
          attendees: each.attendees,
          sharedKnowledge: each.sharedKnowledge,
        }))
        .sort((a, b) => a.company.name.localeCompare(b.company.name, 'da') || a.company.id.localeCompare(b.company.id)),
      version: event.version,
    };
  }
}

export class EventPageResponse extends LimitPageResponse(EventResponse, 'EventPageResponse') {}
