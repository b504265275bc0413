export * from './taxonomy.module';
export * from './postcodes/postcode.entity';
export * from './postcodes/postcodes.service';
export * from './postcodes/distance';
