import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { queueBackendOf } from '../queue/queue-connection';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '../runtime';
import { Public } from '../tenancy/access.decorator';
import { HEALTH_PROBE_QUEUE } from './health.constants';

type Check = { status: 'up' | 'down'; error?: string };

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(HEALTH_PROBE_QUEUE) private readonly probeQueue: Queue,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'The database and the queue backend answer' })
  @ApiServiceUnavailableResponse({ description: 'The database or the queue backend does not answer' })
  async check(@Res({ passthrough: true }) response: Response) {
    const [database, queue] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.probeQueue.getJobCounts('waiting')),
    ]);
    const healthy = database.status === 'up' && queue.status === 'up';
    response.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: healthy ? 'ok' : 'error',
      database,
      queue: { backend: queueBackendOf(this.runtime), ...queue },
    };
  }
}

const PROBE_TIMEOUT_MS = 2_000;

async function probe(check: () => Promise<unknown>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
