export * from './candidates.module';
export * from './candidates.service';
export * from './candidate.entity';
export * from './candidate-visibility';
export * from './consents/candidate-consent.entity';
