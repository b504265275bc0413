import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed logins per e-mail address, known or not, for slowing down guessing. */
@Entity({ name: 'login_failures' })
export class LoginFailure {
  @PrimaryColumn({ type: 'text' })
  email: string;

  @Column({ type: 'integer' })
  count: number;

  @Column({ name: 'last_failed_at', type: 'timestamptz' })
  lastFailedAt: Date;
}
