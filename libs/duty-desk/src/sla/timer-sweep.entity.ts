import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one row that says how the last sweep of the duty-desk timers went. Not a jobcentre's: it covers them all. */
@Entity({ name: 'duty_desk_timer_sweeps' })
export class TimerSweep {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ name: 'swept_at', type: 'timestamptz' })
  sweptAt: Date;

  @Column({ name: 'open_intakes', type: 'integer' })
  openIntakes: number;

  /** Open intakes the sweep found missing a timer (older than the grace period); their timers were then re-created. */
  @Column({ name: 'intakes_without_timers', type: 'integer' })
  intakesWithoutTimers: number;

  @Column({ name: 'timers_recreated', type: 'integer' })
  timersRecreated: number;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;
}
