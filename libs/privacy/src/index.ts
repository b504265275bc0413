export * from './privacy.module';
export * from './audit/audit-entry.entity';
export * from './audit/audit-log.service';
export * from './audit/endpoint.decorator';
export * from './cpr/cpr-number';
export * from './cpr/no-cpr-number.pipe';
