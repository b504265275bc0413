import { Injectable } from '@nestjs/common';

export interface HealthReport {
  status: 'up' | 'down';
  [detail: string]: unknown;
}

/**
 * Checks other modules add to /health beside the database and the queue, by name. They report without deciding
 * the HTTP status: a process whose database and queue answer stays in service while such a check is down, and
 * /health then says "degraded".
 */
@Injectable()
export class HealthIndicators {
  private readonly checks = new Map<string, () => Promise<HealthReport>>();

  register(name: string, check: () => Promise<HealthReport>): void {
    this.checks.set(name, check);
  }

  entries(): [string, () => Promise<HealthReport>][] {
    return [...this.checks];
  }
}
