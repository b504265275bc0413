export * from './access.module';
export * from './accounts/user-account.entity';
export * from './passwords/password-hash';
export * from './guard/principal';
export * from './guard/access.guard';
export * from './guard/current-principal.decorator';
