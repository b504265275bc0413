import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { StaffMember } from '@jobbro/jobcentres';

/** Someone who signs in: a staff member of one jobcentre, or an employer user acting for companies (by CVR). */
@Unique('user_accounts_staff_member_id_key', ['staffMemberId'])
@Entity({ name: 'user_accounts' })
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  /** Set for staff: their role and name are the staff member's. */
  @Column({ name: 'staff_member_id', type: 'uuid', nullable: true })
  staffMemberId: string | null;

  @OneToOne(() => StaffMember, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'staff_member_id' })
  staffMember?: StaffMember | null;

  /** Employer users' name; staff are named by their staff member. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ name: 'company_cvr_numbers', type: 'text', array: true, default: () => "'{}'" })
  companyCvrNumbers: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The language of Jobbro's messages to this user (e-mails, the inbox). */
  @Column({ type: 'text', default: 'da' })
  language: 'da' | 'en';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
