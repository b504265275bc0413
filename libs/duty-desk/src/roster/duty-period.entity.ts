import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A span of time in which a consultant has the duty desk (virksomhedsvagt). */
@Entity({ name: 'duty_periods' })
@Index('ix_duty_periods_jobcentre_time', ['jobcentreId', 'startsAt', 'endsAt'])
export class DutyPeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'consultant_id', type: 'uuid' })
  consultantId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** When this period last received an intake; round-robin picks the one that waited longest. */
  @Column({ name: 'last_assigned_at', type: 'timestamptz', nullable: true, select: false })
  lastAssignedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
