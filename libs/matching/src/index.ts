export * from './matching.module';
export * from './shortage-sectors/shortage-sectors.service';
export * from './shortage-sectors/shortage-period.entity';
export * from './shortage-sectors/shortage-rules';
