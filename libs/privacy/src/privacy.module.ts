import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditLogController } from './audit/audit-log.controller';
import { AuditLogService } from './audit/audit-log.service';
import { NoCprNumberPipe } from './cpr/no-cpr-number.pipe';

/** The audit log of personal data, and the rules that keep CPR numbers out. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [AuditLogController],
  // Global: every request body of every module is checked, not only this module's.
  providers: [AuditLogService, { provide: APP_PIPE, useClass: NoCprNumberPipe }],
  exports: [AuditLogService],
})
export class PrivacyModule {}
