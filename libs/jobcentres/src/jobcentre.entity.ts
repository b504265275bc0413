import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A municipal jobcentre: the tenant every other row belongs to. */
@Entity({ name: 'jobcentres' })
export class Jobcentre {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short, stable name used in URLs and logins, e.g. "hedensted". */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
