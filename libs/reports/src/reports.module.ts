import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@jobbro/notifications';
import { MonthlyExportsController } from './api/monthly-exports.controller';
import { MonthlyReportsController } from './api/monthly-reports.controller';
import { MonthlySnapshot } from './snapshots/monthly-snapshot.entity';
import { MonthlySnapshotsService } from './snapshots/monthly-snapshots.service';

/** Every table of the reports library. */
export const REPORTS_ENTITIES = [MonthlySnapshot];

/** Reports: the jobcentre's monthly management figures, computed into immutable snapshots. */
@Module({
  imports: [TypeOrmModule.forFeature(REPORTS_ENTITIES), NotificationsModule],
  controllers: [MonthlyReportsController, MonthlyExportsController],
  providers: [MonthlySnapshotsService],
  exports: [MonthlySnapshotsService],
})
export class ReportsModule {}
