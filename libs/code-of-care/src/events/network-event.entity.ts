import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Company } from '@jobbro/companies';
import { EventAttendance } from './event-attendance.entity';

/** A network meeting: when, about what, where, and the member company that hosted it, if one did. */
@Entity({ name: 'code_of_care_events' })
export class NetworkEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ name: 'host_company_id', type: 'uuid', nullable: true })
  hostCompanyId: string | null;

  @ManyToOne(() => Company, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'host_company_id' })
  hostCompany?: Company | null;

  @OneToMany(() => EventAttendance, (attendance) => attendance.event)
  attendance?: EventAttendance[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
