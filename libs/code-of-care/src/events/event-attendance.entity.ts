import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Company } from '@jobbro/companies';
import { NetworkEvent } from './network-event.entity';

/** A company at a network event: how many of its people came, and whether it shared its experience there. */
@Entity({ name: 'code_of_care_event_attendance' })
@Unique('uq_code_of_care_event_attendance', ['eventId', 'companyId'])
export class EventAttendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => NetworkEvent, (event) => event.attendance, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'event_id' })
  event?: NetworkEvent;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'smallint' })
  attendees: number;

  @Column({ name: 'shared_knowledge', type: 'boolean', default: false })
  sharedKnowledge: boolean;
}
