import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { HealthIndicators, JOBBRO_RUNTIME, type HealthReport, type JobbroRuntime } from '@jobbro/platform';
import { TimerSweep } from './timer-sweep.entity';

/** Sweeps this far apart mean no worker is sweeping: several intervals, so one slow or lost sweep is no alarm. */
const STALE_AFTER_INTERVALS = 3;

/**
 * /health's "timers": when the duty-desk timers were last swept, how many open intakes that sweep found without
 * timers (it re-created them) and how many timers it re-created. Down when no worker has swept for a while, since
 * then lost timers would stay lost.
 */
@Injectable()
export class TimerHealth implements OnModuleInit {
  constructor(
    @InjectRepository(TimerSweep) private readonly sweeps: Repository<TimerSweep>,
    private readonly indicators: HealthIndicators,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
  ) {}

  onModuleInit(): void {
    this.indicators.register('timers', () => this.report());
  }

  async report(now = Date.now()): Promise<HealthReport> {
    const last = await this.sweeps.findOneBy({ id: 1 });
    if (!last) return { status: 'down', error: 'No worker has swept the duty-desk timers yet' };
    const staleAfterMs = STALE_AFTER_INTERVALS * this.runtime.config.dutyDesk.timerSweepIntervalMs + 10_000;
    const stale = now - last.sweptAt.getTime() > staleAfterMs;
    return {
      status: stale ? 'down' : 'up',
      ...(stale
        ? { error: `No worker has swept the duty-desk timers for over ${Math.round(staleAfterMs / 1000)} s` }
        : {}),
      lastSweepAt: last.sweptAt,
      openIntakes: last.openIntakes,
      intakesWithoutTimers: last.intakesWithoutTimers,
      timersRecreated: last.timersRecreated,
    };
  }
}
