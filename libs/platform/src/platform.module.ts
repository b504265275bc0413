import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { HttpDrain } from './bootstrap/http-drain';
import { MIGRATIONS } from './database/migrations';
import { HealthIndicators } from './health/health-indicators';
import { loggerOptions } from './logging/logger-options';
import { configureQueueBackend } from './queue/queue-connection';
import { JOBBRO_RUNTIME, type JobbroRuntime } from './runtime';
import { TenantData } from './tenancy/tenant-scope';

/** Configuration, logging, the TypeORM connection and BullMQ's backend: what every Jobbro process shares. */
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
      ],
      providers: [{ provide: JOBBRO_RUNTIME, useValue: runtime }, TenantData, HealthIndicators, HttpDrain],
      exports: [JOBBRO_RUNTIME, TenantData, HealthIndicators, HttpDrain],
    };
  }
}
