import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { HEALTH_PROBE_QUEUE } from './health.constants';
import { HealthController } from './health.controller';

@Module({
  imports: [BullModule.registerQueue({ name: HEALTH_PROBE_QUEUE })],
  controllers: [HealthController],
})
export class HealthModule {}
