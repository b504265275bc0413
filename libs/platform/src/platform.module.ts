import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { HttpDrain } from './bootstrap/http-drain';
import { Clock } from './clock/clock';
import { MIGRATIONS } from './database/migrations';
import { HealthIndicators } from './health/health-indicators';
import { loggerOptions } from './logging/logger-options';
import { configureQueueBackend } from './queue/queue-connection';
import { JOBBRO_RUNTIME, type JobbroRuntime } from './runtime';
import { PUBLIC_THROTTLER, REFRESH_THROTTLER } from './tenancy/public-rate-limit';
import { TenantData } from './tenancy/tenant-scope';

/** Configuration, logging, the TypeORM connection, BullMQ's backend and rate limits: what every process shares. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(runtime: JobbroRuntime): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(runtime.config)),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: runtime.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrations: MIGRATIONS,
          migrationsRun: runtime.config.runMigrationsOnStart,
          migrationsTransactionMode: 'all',
          extra: { max: 20 },
        }),
        BullModule.forRoot({ connection: configureQueueBackend(runtime) }),
        // The rate limits by name, per client address and route: login's, refresh's and the public open-jobs
        // routes'; each route skips the others' (PublicThrottlerGuard words its own refusal).
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'default', ttl: 60_000, limit: runtime.config.auth.loginRequestsPerMinute },
            { name: REFRESH_THROTTLER, ttl: 60_000, limit: runtime.config.auth.refreshRequestsPerMinute },
            { name: PUBLIC_THROTTLER, ttl: 60_000, limit: runtime.config.publicRequestsPerMinute },
          ],
          errorMessage: 'Too many sign-in requests from this address; wait a minute (see Retry-After) and try again',
        }),
      ],
      providers: [{ provide: JOBBRO_RUNTIME, useValue: runtime }, TenantData, HealthIndicators, HttpDrain, Clock],
      exports: [JOBBRO_RUNTIME, TenantData, HealthIndicators, HttpDrain, Clock],
    };
  }
}
