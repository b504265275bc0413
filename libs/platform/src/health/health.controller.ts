import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { withTimeout } from '../concurrency/with-timeout';
import { queueBackendOf } from '../queue/queue-connection';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '../runtime';
import { Public } from '../tenancy/access.decorator';
import { HEALTH_PROBE_QUEUE } from './health.constants';
import { HealthIndicators, type HealthReport } from './health-indicators';
import { HealthResponse } from './health.response';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(HEALTH_PROBE_QUEUE) private readonly probeQueue: Queue,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
    private readonly indicators: HealthIndicators,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({
    type: HealthResponse,
    description: 'The database and the queue backend answer ("ok"; "degraded" when another check is down)',
  })
  @ApiServiceUnavailableResponse({
    type: HealthResponse,
    description: 'The database or the queue backend does not answer',
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const indicators = this.indicators.entries();
    const [database, queue, ...others] = await Promise.all([
      probe(async () => void (await this.dataSource.query('SELECT 1'))),
      probe(async () => void (await this.probeQueue.getJobCounts('waiting'))),
      ...indicators.map(([, check]) => probe(check)),
    ]);
    const serving = database.status === 'up' && queue.status === 'up';
    const allUp = serving && others.every((report) => report.status === 'up');
    response.status(serving ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: !serving ? 'error' : allUp ? 'ok' : 'degraded',
      database,
      queue: { backend: queueBackendOf(this.runtime), ...queue },
      ...Object.fromEntries(indicators.map(([name], index) => [name, others[index]])),
    };
  }
}

const PROBE_TIMEOUT_MS = 2_000;

async function probe(check: () => Promise<HealthReport | void>): Promise<HealthReport> {
  try {
    return (await withTimeout(check(), PROBE_TIMEOUT_MS)) ?? { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}
