import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class HealthCheckResponse {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiPropertyOptional({ description: 'Why it is down' })
  error?: string;
}

export class QueueHealthResponse extends HealthCheckResponse {
  @ApiProperty({ enum: ['postgres', 'redis'], description: 'The BullMQ backend in use' })
  backend: 'postgres' | 'redis';
}

/** The checks other modules add appear beside these by their names, e.g. `timers` with the last timer sweep. */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded', 'error'], description: 'degraded: serving, but a further check is down' })
  status: 'ok' | 'degraded' | 'error';

  @ApiProperty({ type: HealthCheckResponse })
  database: HealthCheckResponse;

  @ApiProperty({ type: QueueHealthResponse })
  queue: QueueHealthResponse;
}
